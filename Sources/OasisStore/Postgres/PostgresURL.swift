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
    var redacted: String

    init(_ url: String) throws {
        guard let components = URLComponents(string: url),
              ["postgres", "postgresql"].contains(components.scheme?.lowercased() ?? ""),
              let host = components.host, !host.isEmpty
        else {
            throw StoreError(kind: .unavailable, message: "Not a PostgreSQL URL: \(Self.redact(url)). Expected postgres://user:password@host:5432/database.")
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
        redacted = Self.redact(url)
    }

    static func redact(_ url: String) -> String {
        guard var components = URLComponents(string: url) else { return "<unparseable URL>" }
        if components.password != nil { components.password = "***" }
        return components.string ?? "<unparseable URL>"
    }
}
