/// SUBACK (MQTT 3.1.1 §3.9): per filter of the SUBSCRIBE, the QoS granted (0, 1, 2) or 0x80 for a refusal.
struct MQTTSubAck: Sendable, Equatable {
    static let failure: UInt8 = 0x80

    var packetID: UInt16
    var returnCodes: [UInt8]
}
