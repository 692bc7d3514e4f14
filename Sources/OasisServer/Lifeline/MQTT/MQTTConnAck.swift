/// CONNACK (MQTT 3.1.1 §3.2): the broker's answer to CONNECT.
struct MQTTConnAck: Sendable, Equatable {
    /// The broker still held a session for this client id.
    var sessionPresent: Bool
    var returnCode: MQTTConnectReturnCode
}
