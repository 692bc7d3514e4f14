/// SUBSCRIBE (MQTT 3.1.1 §3.8): topic filters, each with the most QoS the client wants.
struct MQTTSubscribe: Sendable, Equatable {
    struct Request: Sendable, Equatable {
        var filter: String
        var qos: UInt8
    }

    var packetID: UInt16
    var requests: [Request]
}
