import OasisCore

/// The lifeline's MQTT subscriber: the broker, the topic filter it subscribes to with QoS 1, its client id (a
/// persistent session: the broker keeps QoS 1 messages for it while Oasis is down) and the API token whose account
/// the readings are ingested as (it needs `write_layers`, as a gateway's token does).
public struct LifelineMQTTConfiguration: Sendable, Equatable {
    public static let defaultTopicFilter = "oasis/lifeline/#"
    public static let defaultClientID = "oasis-lifeline"

    public var broker: MQTTBrokerAddress
    public var topicFilter: String
    public var clientID: String
    public var token: String
    /// Seconds between keep-alive pings (the CONNECT's keep-alive).
    public var keepAliveSeconds: Int

    public init(
        broker: MQTTBrokerAddress, topicFilter: String = Self.defaultTopicFilter, clientID: String = Self.defaultClientID, token: String,
        keepAliveSeconds: Int = 30
    ) {
        self.broker = broker
        self.topicFilter = topicFilter
        self.clientID = clientID
        self.token = token
        self.keepAliveSeconds = keepAliveSeconds
    }

    /// Why a topic filter is not one MQTT 3.1.1 allows (`#` only as the whole last level, `+` only as a whole level),
    /// or nil when it is.
    public static func topicFilterProblem(_ filter: String) -> String? {
        guard !filter.isEmpty, filter.utf8.count <= 65_535 else { return "it must be 1–65535 bytes" }
        let levels = filter.split(separator: "/", omittingEmptySubsequences: false)
        for (index, level) in levels.enumerated() {
            if level.contains("#") && (level != "#" || index != levels.count - 1) { return "# may stand only as the whole last level" }
            if level.contains("+") && level != "+" { return "+ may stand only as a whole level" }
        }
        return nil
    }

    /// Why a client id cannot be used (empty, too long, or with control characters), or nil.
    public static func clientIDProblem(_ id: String) -> String? {
        guard (1...128).contains(id.count) else { return "it must be 1–128 characters" }
        guard id.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F }) else { return "it may hold no control characters" }
        return nil
    }
}
