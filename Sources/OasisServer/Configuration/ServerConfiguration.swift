import Foundation
import Logging
import OasisCore
import OasisStore

/// Everything `oasis serve` needs to know, resolved from flags > environment (`OASIS_*`) > config file >
/// defaults. `docs/configuration.md` lists each setting.
public struct ServerConfiguration: Sendable, Equatable {
    public var host = "127.0.0.1"
    public var port = 8080
    public var database = StoreLocation.defaultSQLitePath
    public var logLevel = Logger.Level.info
    /// Largest accepted request body in bytes; larger bodies get 413.
    public var maxBodyBytes = 16 * 1024 * 1024
    /// Mark cookies `Secure`. nil means automatic: on unless the server listens on loopback only.
    public var secureCookies: Bool?
    /// bcrypt cost factor (2^cost rounds); tests lower it.
    public var bcryptCost = 12
    public var sessionLifetimeSeconds: Double = 12 * 3600
    /// Seed the built-in Xinjiang demo into an empty database.
    public var seedDemo = true
    /// Failed sign-ins per username and address before throttling starts.
    public var loginFailuresBeforeThrottle = 5
    /// What happens to a renewal project that cites no health-check problem: flagged, or refused.
    public var renewalCitation = CitationRule.warn
    /// The webhook the notification outbox posts to; nil keeps messages queued.
    public var notificationWebhook: URL?
    /// The case taxonomy loaded by an operator (read from the store at start); nil uses the built-in one.
    public var caseTaxonomy: CaseTaxonomy?

    public init() {}

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
                throw OasisError.invalid(code: "config_log_level",
                                         message: "Unknown log level \"\(level)\"; use trace, debug, info, notice, warning, error or critical.")
            }
            logLevel = parsed
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
        if let seed = partial.seedDemo { seedDemo = seed }
        if let text = partial.renewalCitation {
            guard let rule = CitationRule(rawValue: text.lowercased()) else {
                throw OasisError.invalid(code: "config_renewal_citation", message: "renewalCitation must be warn or refuse; got \"\(text)\".")
            }
            renewalCitation = rule
        }
        if let text = partial.notificationWebhook, !text.isEmpty {
            guard let url = URL(string: text), ["http", "https"].contains(url.scheme ?? "") else {
                throw OasisError.invalid(code: "config_notification_webhook", message: "notificationWebhook must be an http or https URL; got \"\(text)\".")
            }
            notificationWebhook = url
        }
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
        return configuration
    }
}
