import Foundation
import OasisCore

/// Settings from one source (flags, environment or a JSON config file); nil means "not given here".
public struct PartialServerConfiguration: Codable, Sendable, Equatable {
    public var host: String?
    public var port: Int?
    public var database: String?
    public var logLevel: String?
    /// `text` or `json`.
    public var logFormat: String?
    public var maxBodyBytes: Int?
    public var secureCookies: Bool?
    public var bcryptCost: Int?
    public var sessionLifetimeSeconds: Double?
    /// How many days a newly issued API token lasts.
    public var tokenLifetimeDays: Int?
    /// How many earlier passwords a new one may not repeat.
    public var passwordHistory: Int?
    public var seedDemo: Bool?
    /// `warn` or `refuse`: what happens to a renewal project that cites no health-check problem.
    public var renewalCitation: String?
    /// Where the notification outbox posts citizens' status messages (none: they stay queued).
    public var notificationWebhook: String?
    /// Proxies whose `X-Forwarded-For` is believed: addresses or CIDR blocks.
    public var trustedProxies: [String]?
    /// The public origin for absolute links (`https://oasis.example.gov.cn`).
    public var publicBaseURL: String?
    /// Citizen intake per minute per API key or user and per client address (0: no limit).
    public var intakePostsPerMinute: Int?
    /// The file keeping the audit chain's head outside the database (default for SQLite: beside the database).
    public var auditAnchor: String?
    /// The folder case photos are stored in (default: `case-photos` beside an SQLite database).
    public var casePhotoFolder: String?
    /// The largest case photo accepted, in bytes.
    public var casePhotoMaxBytes: Int?
    /// The folder the networks uploaded for background analyses are kept in (default: `analysis-networks` beside
    /// an SQLite database).
    public var analysisFolder: String?
    /// The largest OSM file a background analysis accepts, in bytes.
    public var analysisNetworkMaxBytes: Int?
    /// A standards file (as `oasis analyse standards` prints) for the analyses run from the web.
    public var analysisStandards: String?
    /// The lifeline's MQTT broker, `mqtt://user:password@host:1883` (none: no subscriber).
    public var lifelineMQTTURL: String?
    /// The topic filter subscribed to with QoS 1 (default `oasis/lifeline/#`).
    public var lifelineMQTTTopic: String?
    /// The subscriber's MQTT client id, the name of its persistent session (default `oasis-lifeline`).
    public var lifelineMQTTClientID: String?
    /// The API token of the gateway account the subscriber ingests as.
    public var lifelineMQTTToken: String?

    public init(
        host: String? = nil, port: Int? = nil, database: String? = nil, logLevel: String? = nil,
        maxBodyBytes: Int? = nil, secureCookies: Bool? = nil, bcryptCost: Int? = nil,
        sessionLifetimeSeconds: Double? = nil, seedDemo: Bool? = nil, renewalCitation: String? = nil, notificationWebhook: String? = nil,
        trustedProxies: [String]? = nil, intakePostsPerMinute: Int? = nil, publicBaseURL: String? = nil, auditAnchor: String? = nil,
        tokenLifetimeDays: Int? = nil, passwordHistory: Int? = nil
    ) {
        self.host = host
        self.port = port
        self.database = database
        self.logLevel = logLevel
        self.maxBodyBytes = maxBodyBytes
        self.secureCookies = secureCookies
        self.bcryptCost = bcryptCost
        self.sessionLifetimeSeconds = sessionLifetimeSeconds
        self.tokenLifetimeDays = tokenLifetimeDays
        self.passwordHistory = passwordHistory
        self.seedDemo = seedDemo
        self.renewalCitation = renewalCitation
        self.notificationWebhook = notificationWebhook
        self.trustedProxies = trustedProxies
        self.intakePostsPerMinute = intakePostsPerMinute
        self.publicBaseURL = publicBaseURL
        self.auditAnchor = auditAnchor
    }

    /// The environment variables Oasis reads, with the setting each one feeds.
    public static let environmentKeys = [
        "OASIS_HOST": "host", "OASIS_PORT": "port", "OASIS_DATABASE_URL": "database", "OASIS_LOG_LEVEL": "logLevel",
        "OASIS_LOG_FORMAT": "logFormat",
        "OASIS_MAX_BODY_BYTES": "maxBodyBytes", "OASIS_SECURE_COOKIES": "secureCookies",
        "OASIS_BCRYPT_COST": "bcryptCost", "OASIS_SESSION_LIFETIME_SECONDS": "sessionLifetimeSeconds",
        "OASIS_TOKEN_LIFETIME_DAYS": "tokenLifetimeDays", "OASIS_PASSWORD_HISTORY": "passwordHistory",
        "OASIS_DEMO": "seedDemo", "OASIS_SEED_DEMO": "seedDemo", "OASIS_RENEWAL_CITATION": "renewalCitation",
        "OASIS_NOTIFICATION_WEBHOOK": "notificationWebhook", "OASIS_TRUSTED_PROXIES": "trustedProxies",
        "OASIS_INTAKE_POSTS_PER_MINUTE": "intakePostsPerMinute", "OASIS_PUBLIC_URL": "publicBaseURL", "OASIS_AUDIT_ANCHOR": "auditAnchor",
        "OASIS_CASE_PHOTO_FOLDER": "casePhotoFolder", "OASIS_CASE_PHOTO_MAX_BYTES": "casePhotoMaxBytes",
        "OASIS_ANALYSIS_FOLDER": "analysisFolder", "OASIS_ANALYSIS_NETWORK_MAX_BYTES": "analysisNetworkMaxBytes",
        "OASIS_ANALYSIS_STANDARDS": "analysisStandards",
        "OASIS_LIFELINE_MQTT_URL": "lifelineMQTTURL", "OASIS_LIFELINE_MQTT_TOPIC": "lifelineMQTTTopic",
        "OASIS_LIFELINE_MQTT_CLIENT_ID": "lifelineMQTTClientID", "OASIS_LIFELINE_MQTT_TOKEN": "lifelineMQTTToken",
    ]

    public init(environment: [String: String]) throws(OasisError) {
        func int(_ key: String) throws(OasisError) -> Int? {
            guard let text = environment[key] else { return nil }
            guard let value = Int(text) else {
                throw OasisError.invalid(code: "config_env", message: "\(key) must be a whole number; got \"\(text)\".")
            }
            return value
        }
        func bool(_ key: String) throws(OasisError) -> Bool? {
            guard let text = environment[key]?.lowercased() else { return nil }
            switch text {
            case "1", "true", "yes", "on": return true
            case "0", "false", "no", "off": return false
            default: throw OasisError.invalid(code: "config_env", message: "\(key) must be true or false; got \"\(text)\".")
            }
        }
        host = environment["OASIS_HOST"]
        port = try int("OASIS_PORT")
        database = environment["OASIS_DATABASE_URL"]
        logLevel = environment["OASIS_LOG_LEVEL"]
        logFormat = environment["OASIS_LOG_FORMAT"]
        maxBodyBytes = try int("OASIS_MAX_BODY_BYTES")
        secureCookies = try bool("OASIS_SECURE_COOKIES")
        bcryptCost = try int("OASIS_BCRYPT_COST")
        sessionLifetimeSeconds = try int("OASIS_SESSION_LIFETIME_SECONDS").map(Double.init)
        tokenLifetimeDays = try int("OASIS_TOKEN_LIFETIME_DAYS")
        passwordHistory = try int("OASIS_PASSWORD_HISTORY")
        // OASIS_DEMO is the documented name; OASIS_SEED_DEMO is still read.
        let demo = try bool("OASIS_DEMO")
        let legacyDemo = try bool("OASIS_SEED_DEMO")
        seedDemo = demo ?? legacyDemo
        renewalCitation = environment["OASIS_RENEWAL_CITATION"]
        notificationWebhook = environment["OASIS_NOTIFICATION_WEBHOOK"]
        trustedProxies = environment["OASIS_TRUSTED_PROXIES"].map { $0.split(separator: ",").map(String.init) }
        intakePostsPerMinute = try int("OASIS_INTAKE_POSTS_PER_MINUTE")
        publicBaseURL = environment["OASIS_PUBLIC_URL"]
        auditAnchor = environment["OASIS_AUDIT_ANCHOR"]
        casePhotoFolder = environment["OASIS_CASE_PHOTO_FOLDER"]
        casePhotoMaxBytes = try int("OASIS_CASE_PHOTO_MAX_BYTES")
        analysisFolder = environment["OASIS_ANALYSIS_FOLDER"]
        analysisNetworkMaxBytes = try int("OASIS_ANALYSIS_NETWORK_MAX_BYTES")
        analysisStandards = environment["OASIS_ANALYSIS_STANDARDS"]
        lifelineMQTTURL = environment["OASIS_LIFELINE_MQTT_URL"]
        lifelineMQTTTopic = environment["OASIS_LIFELINE_MQTT_TOPIC"]
        lifelineMQTTClientID = environment["OASIS_LIFELINE_MQTT_CLIENT_ID"]
        lifelineMQTTToken = environment["OASIS_LIFELINE_MQTT_TOKEN"]
    }

    /// Reads a JSON config file with the same keys as this type.
    public static func load(path: String) throws -> PartialServerConfiguration {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw OasisError.invalid(code: "config_file_unreadable", message: "Cannot read the config file \(path): \(error.localizedDescription)")
        }
        do {
            let decoder = JSONDecoder()
            return try decoder.decode(PartialServerConfiguration.self, from: data)
        } catch {
            throw OasisError.invalid(
                code: "config_file_invalid", message: "The config file \(path) is not valid: \(DecodingErrorDetail.detail(error).description)")
        }
    }
}
