import Foundation
import OasisCore

extension CaseRepository {
    /// The composite's weights and the "basically satisfied" factor from the `settings` table (the policy defaults
    /// for absent keys), or a 400 `case_weights_invalid` naming a stored value that is not valid.
    public func metricsWeights() async throws -> CaseMetrics.Weights {
        let keys = CaseMetrics.Weights.keys
        let rows = try await database.query(
            "SELECT key, value FROM settings WHERE key IN (\(Placeholders.list(keys.count)))", keys.map(SQLValue.text))
        var stored: [String: String] = [:]
        for row in rows { stored[try row.string("key")] = try row.string("value") }
        return try CaseMetrics.Weights(settings: stored)
    }

    /// Stores the weights and factor (checked as they are read back), audited as `case_weights.set` with the
    /// values before and after. Needs an access that sees every case: the weights are the whole city's.
    public func setMetricsWeights(_ weights: CaseMetrics.Weights, by access: StoreAccess) async throws {
        _ = try CaseMetrics.Weights(settings: weights.settings)
        guard try await seesEveryCase(access) else {
            throw OasisError.forbidden("The weights of the hotline metrics are the whole city's; they need a scope that sees every case.")
        }
        let before = try await metricsWeights()
        let audit = self.audit
        let settings = SettingsRepository(database: database)
        try await database.transaction { tx in
            for (key, value) in weights.settings.sorted(by: { $0.key < $1.key }) { try await settings.set(key, value, on: tx) }
            try await audit.append(
                AuditChange(action: "case_weights.set", entityType: "settings", entityID: "case_weights", before: before, after: weights),
                by: access, on: tx)
        }
    }
}
