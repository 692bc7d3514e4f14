/// CONNACK's return code (MQTT 3.1.1 §3.2.2.3), each refusal explained for the operator's log.
enum MQTTConnectReturnCode: UInt8, Sendable, Equatable {
    case accepted = 0
    case unacceptableProtocolVersion = 1
    case identifierRejected = 2
    case serverUnavailable = 3
    case badUsernameOrPassword = 4
    case notAuthorized = 5

    var explanation: String {
        switch self {
        case .accepted: "connection accepted"
        case .unacceptableProtocolVersion: "the broker does not speak MQTT 3.1.1 (return code 1)"
        case .identifierRejected: "the broker rejected the client id (return code 2); set another lifelineMQTTClientID"
        case .serverUnavailable: "the broker is unavailable (return code 3)"
        case .badUsernameOrPassword: "bad user name or password (return code 4); check the credentials in lifelineMQTTURL"
        case .notAuthorized:
            "not authorized (return code 5); check the user name and password in lifelineMQTTURL and the broker's access list"
        }
    }
}
