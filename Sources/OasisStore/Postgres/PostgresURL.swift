import Foundation
import NIOSSL
import OasisCore
import PostgresNIO

/// A `postgres://user:password@host:port/database?sslmode=…&pool=…` URL, parsed.
struct PostgresURL {
    var host: String
    var port: Int
    var username: String
    var password: String?
    var database: String?
    var tls: PostgresClient.Configuration.TLS
    var maximumConnections: Int
    /// How long a statement waits for a row, table or advisory lock before failing (then 503 at the edge);
    /// `lock_timeout=MILLISECONDS` in the URL, 5000 by default, 0 waits for ever.
    var lockTimeoutMilliseconds: Int
    var redacted: String

    /// The lock wait of a URL that does not set `lock_timeout`.
    static let defaultLockTimeoutMilliseconds = 5_000

    init(_ url: String) throws {
        guard let components = URLComponents(string: url),
            ["postgres", "postgresql"].contains(components.scheme?.lowercased() ?? ""),
            let host = components.host, !host.isEmpty
        else {
            throw StoreError(
                kind: .unavailable, message: "Not a PostgreSQL URL: \(Self.redact(url)). Expected postgres://user:password@host:5432/database.")
        }
        self.host = host
        port = components.port ?? 5432
        username = components.user.flatMap { $0.removingPercentEncoding } ?? "postgres"
        password = components.password.flatMap { $0.removingPercentEncoding }
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        database = path.isEmpty ? nil : path
        let query = Dictionary((components.queryItems ?? []).map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { $1 })
        switch query["sslmode"] ?? "prefer" {
        case "disable": tls = .disable
        case "require", "verify-ca", "verify-full": tls = .require(.makeClientConfiguration())
        default: tls = .prefer(.makeClientConfiguration())
        }
        maximumConnections = query["pool"].flatMap(Int.init) ?? 20
        if let text = query["lock_timeout"] {
            guard let milliseconds = Int(text), milliseconds >= 0 else {
                throw StoreError(
                    kind: .unavailable,
                    message: "lock_timeout in the PostgreSQL URL must be a whole number of milliseconds (0 or more); got \"\(text)\".")
            }
            lockTimeoutMilliseconds = milliseconds
        } else {
            lockTimeoutMilliseconds = Self.defaultLockTimeoutMilliseconds
        }
        redacted = Self.redact(url)
    }

    static func redact(_ url: String) -> String {
        guard var components = URLComponents(string: url) else { return "<unparseable URL>" }
        if components.password != nil { components.password = "***" }
        return components.string ?? "<unparseable URL>"
    }
}
