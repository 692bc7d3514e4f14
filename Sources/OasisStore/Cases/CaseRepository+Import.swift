import Foundation
import NIOPosix
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
        if let sqlite = database as? SQLiteStore {
            // The embedded store writes the rows with one prepared statement (sqlite-nio has none).
            return try await sqlite.bulkTransaction { connection, tx in
                let fresh = try await Self.unknown(cases, on: tx)
                let rows = fresh.map { CaseRows.binds($0, now: now) }
                let sql = "INSERT INTO cases (\(CaseRows.columns.joined(separator: ", "))) VALUES (\(Array(repeating: "?", count: CaseRows.columns.count).joined(separator: ", ")))"
                _ = try await NIOThreadPool.singleton.runIfActive { try connection.insertRows(rows, sql: sql) }
                try await CaseRollupWriter.apply(before: [], after: fresh, on: tx)
                try await Self.auditImport(fresh.count, of: cases.count, fileName: fileName, audit: audit, principal: principal, on: tx)
                return fresh.count
            }
        }
        return try await database.transaction { tx in
            let fresh = try await Self.unknown(cases, on: tx)
            try await BulkInsert.rows("cases (\(CaseRows.columns.joined(separator: ", ")))", fresh.map { CaseRows.binds($0, now: now) }, on: tx)
            try await CaseRollupWriter.apply(before: [], after: fresh, on: tx)
            try await Self.auditImport(fresh.count, of: cases.count, fileName: fileName, audit: audit, principal: principal, on: tx)
            return fresh.count
        }
    }

    /// The cases whose external id is not stored yet for their source.
    static func unknown(_ cases: [HotlineCase], on tx: any SQLExecutor) async throws -> [HotlineCase] {
        guard let source = cases.first?.source else { return cases }
        let ids = cases.compactMap(\.externalID)
        var known = Set<String>()
        for start in stride(from: 0, to: ids.count, by: 900) {
            let chunk = ids[start..<min(start + 900, ids.count)]
            let marks = Array(repeating: "?", count: chunk.count).joined(separator: ", ")
            for row in try await tx.query("SELECT external_id FROM cases WHERE source = ? AND external_id IN (\(marks))", [.text(source)] + chunk.map { .text($0) }) {
                known.insert(try row.string("external_id"))
            }
        }
        return known.isEmpty ? cases : cases.filter { $0.externalID.map { !known.contains($0) } ?? true }
    }

    static func auditImport(_ written: Int, of total: Int, fileName: String, audit: AuditLog, principal: Principal, on tx: any SQLExecutor) async throws {
        try await audit.append(AuditChange(action: "case.import", entityType: "case_import", entityID: fileName, regionCode: nil,
                                           before: nil as String?, after: "\(written) cases written, \(total - written) already present"), by: principal, on: tx)
    }
}
