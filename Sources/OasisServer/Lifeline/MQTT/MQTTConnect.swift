/// CONNECT (MQTT 3.1.1 §3.1): who the client is and how its session lives. Oasis sends no will.
struct MQTTConnect: Sendable, Equatable {
    var clientID: String
    /// false: the broker keeps the session (subscriptions and QoS 1 messages not yet acknowledged) across connections.
    var cleanSession: Bool
    /// Seconds within which the client sends something (a PINGREQ when idle); 0 turns keep-alive off.
    var keepAlive: UInt16
    var username: String?
    var password: [UInt8]?
}
