import Foundation
import OasisCore

extension CaseRepository {
    /// The metrics' sums over the cases an access limited to regions or units may see, computed from the cases
    /// themselves (the rollups hold no region or unit beside their own group). Each case adds what it adds to
    /// the rollups, so the figures equal the rollups' for the same cases.
    func scopedFigures(
        _ dimension: CaseRollupDimension, from: String?, to: String?, byMonth: Bool, asOf: Date,
        for access: StoreAccess
    ) async throws -> MetricsFigures {
        let scope = CaseScope(access: access)
        var condition = scope.sql
        var binds = scope.binds
        // Months are China Standard Time months; a day's margin on each side, the exact month test below.
        if let from, let start = CalendarDay("\(from)-01") {
            condition += " AND registered_at >= ?"
            binds.append(SQLValue(start.adding(days: -1).date))
        }
        if let to, let start = CalendarDay("\(to)-01") {
            condition += " AND registered_at < ?"
            binds.append(SQLValue(start.adding(days: 33).date))
        }
        var figures = MetricsFigures()
        for row in try await database.query("SELECT * FROM cases WHERE \(condition)", binds) {
            let contribution = CaseContribution(try CaseRows.item(from: row))
            guard from.map({ contribution.month >= $0 }) ?? true, to.map({ contribution.month <= $0 }) ?? true else { continue }
            figures.add(contribution, dimension: dimension, byMonth: byMonth, asOf: asOf)
        }
        return figures
    }
}
