import Foundation
import NIOPosix
import OasisCore

extension CaseRepository {
    /// Writes historical cases in bulk (cases already closed or in flight elsewhere), in one transaction per
    /// call: multi-row inserts, one aggregated rollup update, and one audit event for the whole batch instead
    /// of one per case. Cases already imported from the same source (same external id) are skipped.
    /// Returns how many were written.
    @discardableResult
    public func importHistorical(_ cases: [HotlineCase], fileName: String, by access: StoreAccess) async throws -> Int {
        let (stream, continuation) = AsyncThrowingStream<CaseImportBatch, any Error>.makeStream()
        continuation.yield(CaseImportBatch(cases))
        continuation.finish()
        return try await importHistorical(stream, fileName: fileName, by: access).written
    }

    /// Writes historical cases as they arrive, batch by batch, all or nothing: when the stream ends with an error
    /// (a file with problems) nothing is kept. Returns how many were written.
    ///
    /// Other writers (the server, while the command line imports) are not held up for the length of the file:
    /// on SQLite the cases are staged in a TEMP table, which locks nothing, and copied in one short transaction
    /// at the end; on PostgreSQL the rollup rows the server's writes also update are written at the end only.
    public func importHistorical(_ batches: AsyncThrowingStream<CaseImportBatch, any Error>, fileName: String, by access: StoreAccess) async throws
        -> (written: Int, seen: Int)
    {
        let now = clock.now()
        let audit = self.audit
        if let sqlite = database as? SQLiteStore {
            return try await sqlite.stagedBulkTransaction { connection in
                try await CaseImportStaging.stage(batches, now: now, on: connection)
            } commit: { connection, tx, staged in
                try await NIOThreadPool.singleton.runIfActive { try connection.exec(CaseImportStaging.copySQL) }
                try await CaseRollupWriter.write(staged.rollups, on: tx)
                try await Self.auditImport(staged.written, of: staged.seen, fileName: fileName, audit: audit, access: access, on: tx)
                return (staged.written, staged.seen)
            }
        }
        return try await database.transaction { tx in
            var written = 0
            var seen = 0
            var rollups = CaseRollupWriter.Groups()
            for try await batch in batches {
                let fresh = try await Self.unknown(batch, on: tx)
                try await BulkInsert.rows(
                    "cases (\(CaseRows.columns.joined(separator: ", ")))",
                    zip(fresh.cases, fresh.json).map { CaseRows.binds($0, now: now, json: $1) }, on: tx)
                CaseRollupWriter.merge(fresh.rollups, into: &rollups)
                written += fresh.cases.count
                seen += batch.cases.count
            }
            // The rollup rows are shared with every case the server writes: updated last, their row locks are held
            // for the end of the import only.
            try await CaseRollupWriter.write(rollups, on: tx)
            try await Self.auditImport(written, of: seen, fileName: fileName, audit: audit, access: access, on: tx)
            return (written, seen)
        }
    }

    /// The page cache of a bulk import on SQLite, given back when it ends: pages are taken only as the import
    /// needs them, and 512 MiB holds the cases' indexes and new pages of a million-case import (measured: a
    /// larger cache saves no more; 64 MiB costs the writer about 15 % more).
    static let importCacheKiB = 524_288

    /// The cases whose external id is not stored yet for their source.
    static func unknown(_ batch: CaseImportBatch, on tx: any SQLExecutor) async throws -> CaseImportBatch {
        guard let source = batch.cases.first?.source else { return batch }
        let ids = batch.cases.compactMap(\.externalID)
        var known = Set<String>()
        for start in stride(from: 0, to: ids.count, by: 900) {
            let chunk = ids[start..<min(start + 900, ids.count)]
            let marks = Placeholders.list(chunk.count)
            for row in try await tx.query(
                "SELECT external_id FROM cases WHERE source = ? AND external_id IN (\(marks))", [.text(source)] + chunk.map { .text($0) })
            {
                known.insert(try row.string("external_id"))
            }
        }
        return known.isEmpty ? batch : batch.dropping { $0.externalID.map(known.contains) ?? false }
    }

    static func auditImport(_ written: Int, of total: Int, fileName: String, audit: AuditLog, access: StoreAccess, on tx: any SQLExecutor)
        async throws
    {
        try await audit.append(
            AuditChange(
                action: "case.import", entityType: "case_import", entityID: fileName, regionCode: nil,
                before: nil as String?, after: "\(written) cases written, \(total - written) already present"), by: access, on: tx)
    }
}
