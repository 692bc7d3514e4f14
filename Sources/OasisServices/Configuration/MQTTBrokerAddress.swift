import Foundation
import OasisCore

/// Where the lifeline's MQTT subscriber connects: `mqtt://[user[:password]@]host[:port]` (port 1883 by default). The
/// user name and password, when given, go into the CONNECT packet; the description never shows the password.
public struct MQTTBrokerAddress: Sendable, Equatable, CustomStringConvertible {
    public var host: String
    public var port: Int
    public var username: String?
    public var password: String?

    public init(host: String, port: Int = 1883, username: String? = nil, password: String? = nil) {
        self.host = host
        self.port = port
        self.username = username
        self.password = password
    }

    /// Reads an `mqtt://` URL; anything else (another scheme, no host, a path or query) is refused with the setting's name.
    public init(url text: String) throws(OasisError) {
        func refuse(_ reason: String) -> OasisError {
            OasisError.invalid(
                code: "config_lifeline_mqtt_url",
                message: "lifelineMQTTURL must look like mqtt://user:password@127.0.0.1:1883; \(reason) (got \"\(Self.redacted(text))\").")
        }
        guard let components = URLComponents(string: text) else { throw refuse("it is not a URL") }
        guard components.scheme?.lowercased() == "mqtt" else { throw refuse("the scheme must be mqtt (TLS is not supported)") }
        guard let host = components.host, !host.isEmpty else { throw refuse("it names no host") }
        guard components.path.isEmpty || components.path == "/", components.query == nil, components.fragment == nil else {
            throw refuse("it may carry no path, query or fragment")
        }
        let port = components.port ?? 1883
        guard (1...65_535).contains(port) else { throw refuse("the port must be 1–65535") }
        self.init(
            host: host, port: port, username: components.user.flatMap { $0.isEmpty ? nil : $0 }, password: components.password)
    }

    public var description: String {
        "mqtt://\(username.map { "\($0)\(password == nil ? "" : ":***")@" } ?? "")\(host):\(port)"
    }

    /// The URL with any password replaced, for messages and logs.
    static func redacted(_ text: String) -> String {
        guard var components = URLComponents(string: text), components.password != nil else { return text }
        components.password = "***"
        return components.string ?? text
    }
}
