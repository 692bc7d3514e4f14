import Foundation
import Logging
import OasisCore
import OasisRouting
import OasisStore

/// Everything `oasis serve` needs to know, resolved from flags > environment (`OASIS_*`) > config file >
/// defaults. `docs/configuration.md` lists each setting.
public struct ServerConfiguration: Sendable, Equatable {
    public var host = "127.0.0.1"
    public var port = 8080
    public var database = StoreLocation.defaultSQLitePath
    public var logLevel = Logger.Level.info
    /// `text` (one readable line per event) or `json` (one JSON object per line, for log collectors).
    public var logFormat = LogFormat.text
    /// Largest accepted request body in bytes; larger bodies get 413.
    public var maxBodyBytes = 16 * 1024 * 1024
    /// Mark cookies `Secure`. nil means automatic: on unless the server listens on loopback only.
    public var secureCookies: Bool?
    /// bcrypt cost factor (2^cost rounds); tests lower it.
    public var bcryptCost = 12
    public var sessionLifetimeSeconds: Double = 12 * 3600
    /// How many days a newly issued API token lasts.
    public var tokenLifetimeDays: Int = 365
    /// How many earlier passwords of a user a new password may not repeat (the current one is always refused); 0–24.
    public var passwordHistory = 5
    /// Seed the built-in Xinjiang demo into an empty database. nil: automatic, on for the embedded SQLite store
    /// and off for PostgreSQL, so that a production install never starts with sample data unless asked.
    public var seedDemo: Bool?

    /// Whether the demo is seeded into an empty database, after the automatic rule.
    public var seedsDemo: Bool {
        if let seedDemo { return seedDemo }
        if case .sqlite = StoreLocation(database) { return true }
        return false
    }
    /// Failed sign-ins per username and per client address before throttling starts.
    public var loginFailuresBeforeThrottle = 5
    /// Proxies whose `X-Forwarded-For` is believed (addresses or CIDR blocks). Empty: the header is ignored
    /// and every client is known by its own socket address.
    public var trustedProxies: [IPAddressRange] = []
    /// The address people and clients reach Oasis at (`https://oasis.example.gov.cn`), used for every absolute
    /// link (Open311 discovery, OGC API links). nil: taken from the request's Host, or from `X-Forwarded-Host`
    /// and `X-Forwarded-Proto` when a trusted proxy sent them.
    public var publicBaseURL: String?
    /// Citizen intake (Open311 POST, the public web form) accepted per minute from one API key or signed-in
    /// user, and from one client address (0: no limit).
    public var intakePostsPerMinute = 60
    /// What happens to a renewal project that cites no health-check problem: flagged, or refused.
    public var renewalCitation = CitationRule.warn
    /// The webhook the notification outbox posts to; nil keeps messages queued.
    public var notificationWebhook: URL?
    /// The case taxonomy loaded by an operator (read from the store at start); nil uses the built-in one.
    public var caseTaxonomy: CaseTaxonomy?
    /// The file keeping the audit chain's head outside the database; nil: beside an SQLite database, none
    /// (the log only) for PostgreSQL.
    public var auditAnchor: String?
    /// The folder case photos are stored in; nil: `case-photos` beside an SQLite database, `./oasis-data/case-photos`
    /// for PostgreSQL (`photoFolder`).
    public var casePhotoFolder: String?
    /// The largest case photo accepted, in bytes; larger ones get 413 `case_photo_too_large`.
    public var casePhotoMaxBytes = CasePhotoCheck.defaultMaxBytes
    /// The folder networks uploaded for background analyses are kept in; nil: `analysis-networks` beside an SQLite
    /// database, `./oasis-data/analysis-networks` for PostgreSQL (`networkFolder`).
    public var analysisFolder: String?
    /// The largest OSM file a background analysis accepts (streamed to disk, not held in memory); larger ones get 413.
    public var analysisNetworkMaxBytes = 512 * 1024 * 1024
    /// The living-circle tiers, the complete-community checklist and the shelter classes the analyses run from the web
    /// use: the built-in GB 50180 values, or those of the standards file `analysisStandards` names (read and checked
    /// when the configuration is applied, so that a bad file stops the server at start).
    public var accessStandards = AccessStandards.builtIn
    /// The MQTT broker the lifeline's subscriber takes readings from; nil: no subscriber.
    public var lifelineMQTTBroker: MQTTBrokerAddress?
    public var lifelineMQTTTopic = LifelineMQTTConfiguration.defaultTopicFilter
    public var lifelineMQTTClientID = LifelineMQTTConfiguration.defaultClientID
    /// The API token (of a gateway account with `write_layers`) the subscriber ingests as.
    public var lifelineMQTTToken: String?

    public init() {}

    /// The subscriber's settings when a broker is configured.
    public var lifelineMQTT: LifelineMQTTConfiguration? {
        guard let broker = lifelineMQTTBroker, let token = lifelineMQTTToken else { return nil }
        return LifelineMQTTConfiguration(broker: broker, topicFilter: lifelineMQTTTopic, clientID: lifelineMQTTClientID, token: token)
    }

    /// Where case photos are stored, after the automatic rule.
    public var photoFolder: String {
        if let casePhotoFolder { return casePhotoFolder }
        if case .sqlite(let path) = StoreLocation(database) {
            return ((path as NSString).deletingLastPathComponent as NSString).appendingPathComponent("case-photos")
        }
        return "./oasis-data/case-photos"
    }

    /// Where the networks of background analyses are kept, after the automatic rule.
    public var networkFolder: String {
        if let analysisFolder { return analysisFolder }
        if case .sqlite(let path) = StoreLocation(database) {
            return ((path as NSString).deletingLastPathComponent as NSString).appendingPathComponent("analysis-networks")
        }
        return "./oasis-data/analysis-networks"
    }

    public var cookiesAreSecure: Bool {
        secureCookies ?? !["127.0.0.1", "localhost", "::1"].contains(host)
    }

    /// Applies a partial set of settings on top of this one.
    public mutating func apply(_ partial: PartialServerConfiguration) throws(OasisError) {
        if let host = partial.host { self.host = host }
        if let port = partial.port {
            guard (0...65_535).contains(port) else {
                throw OasisError.invalid(code: "config_port", message: "The port must be 0–65535; got \(port).")
            }
            self.port = port
        }
        if let database = partial.database, !database.isEmpty { self.database = database }
        if let level = partial.logLevel {
            guard let parsed = Logger.Level(rawValue: level.lowercased()) else {
                throw OasisError.invalid(
                    code: "config_log_level",
                    message: "Unknown log level \"\(level)\"; use trace, debug, info, notice, warning, error or critical.")
            }
            logLevel = parsed
        }
        if let text = partial.logFormat {
            guard let format = LogFormat(rawValue: text.lowercased()) else {
                throw OasisError.invalid(code: "config_log_format", message: "Unknown log format \"\(text)\"; use text or json.")
            }
            logFormat = format
        }
        if let bytes = partial.maxBodyBytes {
            guard bytes > 0 else { throw OasisError.invalid(code: "config_max_body", message: "maxBodyBytes must be positive.") }
            maxBodyBytes = bytes
        }
        if let secure = partial.secureCookies { secureCookies = secure }
        if let cost = partial.bcryptCost {
            guard (4...31).contains(cost) else { throw OasisError.invalid(code: "config_bcrypt_cost", message: "bcryptCost must be 4–31.") }
            bcryptCost = cost
        }
        if let seconds = partial.sessionLifetimeSeconds {
            if let reason = NumericDomain.sessionLifetime.reason(seconds) {
                throw OasisError.invalid(code: "config_session_lifetime", message: "sessionLifetimeSeconds: \(reason).")
            }
            sessionLifetimeSeconds = seconds
        }
        if let days = partial.tokenLifetimeDays {
            if let reason = NumericDomain.tokenLifetime.reason(days) {
                throw OasisError.invalid(code: "config_token_lifetime", message: "tokenLifetimeDays: \(reason).")
            }
            tokenLifetimeDays = days
        }
        if let depth = partial.passwordHistory {
            guard (0...24).contains(depth) else {
                throw OasisError.invalid(code: "config_password_history", message: "passwordHistory must be 0–24; got \(depth).")
            }
            passwordHistory = depth
        }
        if let seed = partial.seedDemo { seedDemo = seed }
        if let proxies = partial.trustedProxies {
            trustedProxies = try proxies.filter { !$0.isEmpty }.map { text throws(OasisError) in
                guard let range = IPAddressRange(text.trimmingASCIIWhitespace()) else {
                    throw OasisError.invalid(
                        code: "config_trusted_proxies",
                        message: "trustedProxies takes IP addresses or CIDR blocks (10.0.0.0/8, ::1); got \"\(text)\".")
                }
                return range
            }
        }
        if let text = partial.publicBaseURL, !text.isEmpty {
            guard let url = URL(string: text), ["http", "https"].contains(url.scheme ?? ""), url.host != nil, url.query == nil,
                url.path.isEmpty || url.path == "/"
            else {
                throw OasisError.invalid(
                    code: "config_public_base_url",
                    message: "publicBaseURL must be an http or https origin such as https://oasis.example.gov.cn; got \"\(text)\".")
            }
            publicBaseURL = text.hasSuffix("/") ? String(text.dropLast()) : text
        }
        if let rate = partial.intakePostsPerMinute {
            guard (0...1_000_000).contains(rate) else {
                throw OasisError.invalid(code: "config_intake_rate", message: "intakePostsPerMinute must be 0–1000000; got \(rate).")
            }
            intakePostsPerMinute = rate
        }
        if let text = partial.renewalCitation {
            guard let rule = CitationRule(rawValue: text.lowercased()) else {
                throw OasisError.invalid(code: "config_renewal_citation", message: "renewalCitation must be warn or refuse; got \"\(text)\".")
            }
            renewalCitation = rule
        }
        if let path = partial.auditAnchor, !path.isEmpty { auditAnchor = path }
        if let path = partial.casePhotoFolder, !path.isEmpty { casePhotoFolder = path }
        if let bytes = partial.casePhotoMaxBytes {
            guard (1...maxBodyBytes).contains(bytes) else {
                throw OasisError.invalid(
                    code: "config_case_photo_max_bytes", message: "casePhotoMaxBytes must be 1–maxBodyBytes (\(maxBodyBytes)); got \(bytes).")
            }
            casePhotoMaxBytes = bytes
        }
        if let path = partial.analysisFolder, !path.isEmpty { analysisFolder = path }
        if let path = partial.analysisStandards, !path.isEmpty {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw OasisError.invalid(code: "config_analysis_standards", message: "analysisStandards: cannot read \(path).")
            }
            do {
                accessStandards = try AccessStandards(json: data)
            } catch {
                throw OasisError.invalid(
                    code: "config_analysis_standards", message: "analysisStandards \(path): \(error.message)", details: error.details)
            }
        }
        if let bytes = partial.analysisNetworkMaxBytes {
            guard bytes > 0 else {
                throw OasisError.invalid(
                    code: "config_analysis_network_max_bytes", message: "analysisNetworkMaxBytes must be positive; got \(bytes).")
            }
            analysisNetworkMaxBytes = bytes
        }
        if let text = partial.notificationWebhook, !text.isEmpty {
            guard let url = URL(string: text), ["http", "https"].contains(url.scheme ?? "") else {
                throw OasisError.invalid(
                    code: "config_notification_webhook", message: "notificationWebhook must be an http or https URL; got \"\(text)\".")
            }
            notificationWebhook = url
        }
        try applyLifelineMQTT(partial)
    }

    mutating func applyLifelineMQTT(_ partial: PartialServerConfiguration) throws(OasisError) {
        if let text = partial.lifelineMQTTURL { lifelineMQTTBroker = text.isEmpty ? nil : try MQTTBrokerAddress(url: text) }
        if let topic = partial.lifelineMQTTTopic {
            if let reason = LifelineMQTTConfiguration.topicFilterProblem(topic) {
                throw OasisError.invalid(
                    code: "config_lifeline_mqtt_topic", message: "lifelineMQTTTopic \"\(topic)\" is not an MQTT topic filter: \(reason).")
            }
            lifelineMQTTTopic = topic
        }
        if let id = partial.lifelineMQTTClientID {
            if let reason = LifelineMQTTConfiguration.clientIDProblem(id) {
                throw OasisError.invalid(code: "config_lifeline_mqtt_client_id", message: "lifelineMQTTClientID: \(reason).")
            }
            lifelineMQTTClientID = id
        }
        if let token = partial.lifelineMQTTToken { lifelineMQTTToken = token.isEmpty ? nil : token.trimmingASCIIWhitespace() }
    }

    /// Resolves the configuration: defaults, then the config file, then the environment, then flags.
    public static func resolve(
        flags: PartialServerConfiguration, environment: [String: String], configFile: String?
    ) throws -> ServerConfiguration {
        var configuration = ServerConfiguration()
        let path = configFile ?? environment["OASIS_CONFIG"]
        if let path {
            try configuration.apply(try PartialServerConfiguration.load(path: path))
        }
        try configuration.apply(try PartialServerConfiguration(environment: environment))
        try configuration.apply(flags)
        if configuration.lifelineMQTTBroker != nil && configuration.lifelineMQTTToken == nil {
            throw OasisError.invalid(
                code: "config_lifeline_mqtt_token",
                message:
                    "lifelineMQTTURL is set but lifelineMQTTToken is not: give the API token of a gateway account (write_layers) the readings are stored as."
            )
        }
        return configuration
    }
}
