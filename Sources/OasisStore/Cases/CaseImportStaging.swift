import Foundation
import NIOPosix
import OasisCore

/// The first half of a historical case import on SQLite: the file's cases, not yet stored, in a TEMP table of
/// the import's own connection, with the rollup sums they add. Staging locks nothing that other processes use
/// (a TEMP table belongs to its connection); the copy into `cases` is the only part that holds the write lock.
struct CaseImportStaging: Sendable {
    var written = 0
    var seen = 0
    var rollups = CaseRollupWriter.Groups()

    /// The staging table: untyped columns, so that each value keeps the type it was bound with until the copy.
    static let table = "temp.import_cases"

    /// Copies the staged cases into `cases`, in file order (the unique index refuses an id repeated in the file).
    static let copySQL = """
        INSERT INTO main.cases (\(CaseRows.columns.joined(separator: ", "))) SELECT \(CaseRows.columns.joined(separator: ", ")) FROM \(table) ORDER BY rowid
        """

    /// Reads the batches into the staging table; nothing of `main` is written. Ends with the stream's error, if any.
    static func stage(_ batches: AsyncThrowingStream<CaseImportBatch, any Error>, now: Date, on connection: RawSQLiteConnection) async throws
        -> CaseImportStaging
    {
        // The copy's index pages, and the staged rows, stay in memory as far as they fit (the connection is the
        // import's own). The TEMP database needs no rollback journal: on any error the whole staging is dropped.
        try connection.setCacheSize(kibibytes: CaseRepository.importCacheKiB)
        try connection.exec("PRAGMA temp.cache_size = -\(CaseRepository.importCacheKiB)")
        try connection.exec("PRAGMA temp.journal_mode = OFF")
        try connection.exec("CREATE TEMP TABLE import_cases (\(CaseRows.columns.joined(separator: ", ")))")
        let insert = "INSERT INTO \(table) (\(CaseRows.columns.joined(separator: ", "))) VALUES (\(Placeholders.list(CaseRows.columns.count)))"
        let reader = RawSQLiteExecutor(connection: connection, commitActions: CommitActions())
        var staging = CaseImportStaging()
        var sourceKnown: Bool?
        for try await batch in batches {
            // A source never imported before has nothing to skip; otherwise each batch is checked against what is stored.
            if sourceKnown == nil, let source = batch.cases.first?.source {
                sourceKnown =
                    try await reader.first("SELECT 1 AS one FROM cases WHERE source = ? AND external_id IS NOT NULL LIMIT 1", [.text(source)]) != nil
            }
            let fresh = sourceKnown == false ? batch : try await CaseRepository.unknown(batch, on: reader)
            // One transaction per batch, on the TEMP database only.
            staging.written += try await NIOThreadPool.singleton.runIfActive {
                try connection.exec("BEGIN")
                do {
                    let count = try connection.insertCases(fresh, now: now, sql: insert)
                    try connection.exec("COMMIT")
                    return count
                } catch {
                    try? connection.exec("ROLLBACK")
                    throw error
                }
            }
            CaseRollupWriter.merge(fresh.rollups, into: &staging.rollups)
            staging.seen += batch.cases.count
        }
        return staging
    }
}
