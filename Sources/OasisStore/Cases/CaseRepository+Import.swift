import Foundation
import OasisCore

extension CaseRepository {
    /// Writes historical cases in bulk (cases already closed or in flight elsewhere), in one transaction per
    /// call: multi-row inserts, one aggregated rollup update, and one audit event for the whole batch instead
    /// of one per case. Cases already imported from the same source (same external id) are skipped.
    /// Returns how many were written.
    @discardableResult
    public func importHistorical(_ cases: [HotlineCase], fileName: String, by principal: Principal) async throws -> Int {
        try principal.require(.dispatchCases)
        guard !cases.isEmpty else { return 0 }
        let now = clock.now()
        let audit = self.audit
        return try await database.transaction { tx in
            var fresh = cases
            if let source = cases.first?.source {
                let ids = cases.compactMap(\.externalID)
                var known = Set<String>()
                for start in stride(from: 0, to: ids.count, by: 900) {
                    let chunk = ids[start..<min(start + 900, ids.count)]
                    let marks = Array(repeating: "?", count: chunk.count).joined(separator: ", ")
                    for row in try await tx.query("SELECT external_id FROM cases WHERE source = ? AND external_id IN (\(marks))", [.text(source)] + chunk.map { .text($0) }) {
                        known.insert(try row.string("external_id"))
                    }
                }
                fresh = cases.filter { $0.externalID.map { !known.contains($0) } ?? true }
            }
            try await BulkInsert.rows("cases (\(CaseRows.columns.joined(separator: ", ")))", fresh.map { CaseRows.binds($0, now: now) }, on: tx)
            try await CaseRollupWriter.apply(before: [], after: fresh, on: tx)
            try await audit.append(AuditChange(action: "case.import", entityType: "case_import", entityID: fileName, regionCode: nil,
                                               before: nil as String?, after: "\(fresh.count) cases written, \(cases.count - fresh.count) already present"),
                                   by: principal, on: tx)
            return fresh.count
        }
    }
}
