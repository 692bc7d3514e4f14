import Foundation
import OasisCore

extension CaseRollupWriter {
    /// Empties the hotline rollups and sums them again from every case, a page of cases at a time, by the rules of
    /// `CaseContribution` (a migration that changes those rules calls it in its transaction).
    static func rebuild(on tx: any SQLExecutor, pageSize: Int = 5_000) async throws {
        for table in ["case_rollups", "case_handling_hours", "case_open_deadlines"] { try await tx.execute("DELETE FROM \(table)") }
        var groups: Groups = [:]
        var last: Int64 = 0
        while true {
            let rows = try await tx.query("SELECT * FROM cases WHERE id > ? ORDER BY id LIMIT \(pageSize)", [.int(last)])
            guard !rows.isEmpty else { break }
            let items = try rows.map(CaseRows.item(from:))
            merge(Self.groups(before: [], after: items), into: &groups)
            last = items.last?.id ?? last
            if rows.count < pageSize { break }
        }
        try await write(groups, on: tx)
    }
}
