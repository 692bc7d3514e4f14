import NIOCore

/// PUBLISH (MQTT 3.1.1 §3.3): one application message. QoS 1 carries a packet identifier the receiver answers with
/// PUBACK.
struct MQTTPublish: Sendable, Equatable {
    var topic: String
    var payload: ByteBuffer
    var qos: UInt8 = 0
    var packetID: UInt16?
    var duplicate = false
    var retain = false
}
