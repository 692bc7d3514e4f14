import Foundation
import OasisCore

extension CaseRoutingCache {
    /// The loaded data, read from the database when there is none: three queries after each change, none otherwise.
    func snapshot(from database: any SQLDatabase) async throws -> Snapshot {
        try await snapshot {
            var lineage: [String: [String]] = [:]
            for row in try await database.query("SELECT code, path FROM regions", []) {
                lineage[try row.string("code")] = try row.string("path").split(separator: "/").map(String.init)
            }
            var rules: [String: [String: String]] = [:]
            for row in try await database.query("SELECT category, region_code, unit FROM routing_rules", []) {
                rules[try row.string("category"), default: [:]][try row.string("region_code")] = try row.string("unit")
            }
            return Snapshot(locator: RegionLocator(try await RegionAreaRepository.entries(on: database)), lineage: lineage, rules: rules)
        }
    }

    /// Drops the loaded data after the commit of a write to the routing data, and gives that data a new
    /// generation in the same transaction, so that other servers drop theirs too.
    func changed(on executor: any SQLExecutor) async throws {
        try await SettingsRepository.markChanged(.caseRouting, on: executor)
        executor.afterCommit { [self] in invalidate() }
    }
}
