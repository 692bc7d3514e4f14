import Foundation
import OasisCore

/// The figures the spatial analyses compute for the health check. A run replaces the rows its analysis wrote
/// for the period (a region no longer covered loses its old figure), in one audited transaction.
public struct AnalysisResultRepository: Sendable {
    let database: any SQLDatabase
    let audit: AuditLog
    let clock: any OasisClock

    /// Replaces the figures of `analysis` (for example "access" or "shelters") for `period`: all of them, or
    /// those of `region` and the regions below it when a run covered only that region.
    public func replace(analysis: String, period: Int, region: String? = nil, figures: [AnalysisFigure], by access: StoreAccess) async throws {
        let now = clock.now()
        let audit = self.audit
        try await database.transaction { tx in
            try await RegionRepository.requireInScope(Set(figures.map(\.region)), access: access, on: tx)
            var condition = "analysis = ? AND period = ?"
            var binds: [SQLValue] = [.text(analysis), .int(Int64(period))]
            if let region {
                let within = ScopeFilter.within(region, column: "region_code")
                condition += " AND \(within.sql)"
                binds.append(within.bind)
            }
            try await tx.execute("DELETE FROM analysis_results WHERE \(condition)", binds)
            try await BulkInsert.rows(
                "analysis_results (region_code, indicator, period, numerator, denominator, analysis, computed_at)",
                figures.map {
                    [
                        .text($0.region), .text($0.indicator), .int(Int64($0.period)), .double($0.numerator), .double($0.denominator),
                        .text(analysis), SQLValue(now),
                    ]
                }, on: tx)
            try await audit.append(
                AuditChange(
                    action: "analysis.record", entityType: "analysis_results", entityID: "\(analysis)/\(period)", regionCode: region,
                    before: nil as String?, after: "\(figures.count) figures"), by: access, on: tx)
        }
    }

    /// Every stored figure of the given indicators.
    public func figures(indicators: [String]) async throws -> [AnalysisFigure] {
        guard !indicators.isEmpty else { return [] }
        return try await database.query(
            "SELECT region_code, indicator, period, numerator, denominator FROM analysis_results WHERE indicator IN (\(Placeholders.list(indicators.count))) ORDER BY region_code, indicator, period",
            indicators.map { .text($0) }
        ).map {
            AnalysisFigure(
                region: try $0.string("region_code"), indicator: try $0.string("indicator"), period: Int(try $0.int("period")),
                numerator: $0.optionalDouble("numerator") ?? 0, denominator: $0.optionalDouble("denominator") ?? 0)
        }
    }
}
