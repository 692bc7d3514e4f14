import Foundation
import OasisCore

/// Indicator frameworks, stored whole as JSON by id and version; one version is active for evaluation.
public struct FrameworkRepository: Sendable {
    let database: any SQLDatabase
    let audit: AuditLog
    let clock: any OasisClock

    /// Stores a framework version and makes it the active one. The framework holds for every region, so only
    /// a writer whose scope covers every region may save one.
    public func save(_ framework: IndicatorFramework, by access: StoreAccess) async throws {
        let body = String(decoding: framework.encodedJSON(), as: UTF8.self)
        let previous = try await active()
        let audit = self.audit
        let now = clock.now()
        try await database.transaction { tx in
            try await WriteScope.requireEveryRegion(access, on: tx)
            try await tx.execute("DELETE FROM frameworks WHERE id = ? AND version = ?", [.text(framework.id), .int(Int64(framework.version))])
            try await tx.execute("UPDATE frameworks SET active = 0")
            try await tx.execute(
                "INSERT INTO frameworks (id, version, name_zh, name_en, names, body, active, updated_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?)",
                [
                    .text(framework.id), .int(Int64(framework.version)), .text(framework.nameZh), .text(framework.nameEn),
                    LocalizedNamesColumn.value(framework.names), .text(body), SQLValue(now),
                ]
            )
            struct Summary: Encodable {
                var id: String
                var version: Int
                var indicators: Int
                var targets: Int
            }
            try await audit.append(
                AuditChange(
                    action: "framework.save", entityType: "framework", entityID: "\(framework.id)@\(framework.version)",
                    before: previous.map { Summary(id: $0.id, version: $0.version, indicators: $0.indicators.count, targets: $0.targets.count) },
                    after: Summary(
                        id: framework.id, version: framework.version, indicators: framework.indicators.count, targets: framework.targets.count)),
                by: access, on: tx
            )
        }
    }

    /// The active framework, or nil when none was stored yet.
    public func active() async throws -> IndicatorFramework? {
        guard let row = try await database.first("SELECT body FROM frameworks WHERE active = 1 ORDER BY version DESC LIMIT 1") else { return nil }
        return try IndicatorFramework.decode(json: Array(try row.string("body").utf8))
    }

    /// The active framework, or the built-in one.
    public func activeOrBuiltIn() async throws -> IndicatorFramework {
        try await active() ?? .builtIn
    }

    public func list() async throws -> [Summary] {
        try await database.query("SELECT id, version, name_zh, name_en, names, active FROM frameworks ORDER BY id, version").map {
            Summary(
                id: try $0.string("id"), version: Int(try $0.int("version")),
                names: try LocalizedNamesColumn.names(zhHans: try $0.string("name_zh"), en: try $0.string("name_en"), row: $0, table: "frameworks"),
                active: try $0.bool("active"))
        }
    }
}
