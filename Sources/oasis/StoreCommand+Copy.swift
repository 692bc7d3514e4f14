import ArgumentParser
import Foundation
import Logging
import OasisStore

extension StoreCommand {
    /// `oasis store copy --from FILE --to postgres://…`: a consistent snapshot of the embedded store, copied table by
    /// table into an empty database in one transaction, verified by comparing per-table exports and the audit chain.
    struct Copy: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Copy every table of an embedded SQLite store into an empty PostgreSQL database and verify the copy.",
            discussion:
                "The source may be in use: a snapshot is taken with SQLite's online backup. The target is migrated, filled in one transaction, its identity sequences moved past the copied ids, and each table's row count and digest compared before commit; then its audit chain is verified."
        )
        @Option(help: "The embedded store to copy (an SQLite file).") var from: String
        @Option(help: "The empty target: a postgres:// URL (or sqlite:PATH for another embedded store).") var to: String
        @OptionGroup var output: OutputOptions

        func validate() throws {
            let lower = to.lowercased()
            guard lower.hasPrefix("postgres://") || lower.hasPrefix("postgresql://") || lower.hasPrefix("sqlite:") else {
                throw ValidationError("--to must be a postgres:// or postgresql:// URL (or sqlite:PATH); got \"\(to)\".")
            }
            if case .postgres = StoreLocation(from) { throw ValidationError("--from is the embedded SQLite store to copy, not a URL.") }
        }

        func run() async throws {
            let logger = Logger.oasis(level: .warning)
            let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("oasis-store-copy-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: scratch) }
            let snapshot = scratch.appendingPathComponent("snapshot.sqlite").path
            _ = try await SQLiteBackup.backUp(database: from, to: snapshot)
            let result = try await Store.using(.sqlite(path: snapshot), auditAnchorPath: snapshot + ".anchor", logger: logger) { source in
                try await source.migrate()
                return try await Store.using(StoreLocation(to), auditAnchorPath: nil, logger: logger) { target in
                    try await StoreCopier.requireEmpty(target.database)
                    try await target.migrate()
                    let json = output.json
                    let report = try await StoreCopier.copy(from: source.database, to: target.database) { table in
                        let line = "copied \(table.table): \(table.rows) rows"
                        if json { Console.errorLine(line) } else { Console.line(line) }
                    }
                    let audit = try await target.audit.verify()
                    return StoreCopyResult(
                        from: from, to: "\(target.location)", report: report, auditEvents: audit.eventCount, auditIntact: audit.isIntact)
                }
            }
            try output.emit(result) { result.text }
            if !result.auditIntact { try ExitStatus.failure.conclude() }
        }
    }
}
