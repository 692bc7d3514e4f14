/// A broker's bytes that break MQTT 3.1.1 (a malformed or unexpected packet), or a refusal from the broker; the
/// connection is closed and opened again.
struct MQTTProtocolError: Error, Equatable, CustomStringConvertible {
    var message: String

    init(_ message: String) { self.message = message }

    var description: String { message }
}
