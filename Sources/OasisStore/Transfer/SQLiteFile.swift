import Foundation
import OasisCore
// SQLite's online backup API (`sqlite3_backup_*`) and plain connections, from the SQLite that sqlite-nio vendors
// (symbols prefixed `sqlite_nio_`); sqlite-nio itself does not expose the backup API.
import VaporCSQLite

/// A plain connection to one SQLite file for backups and restores, closed on deinit. Not thread-safe: one user at a
/// time.
final class SQLiteFile {
    /// How a file is opened: an existing file to read (read-write when allowed, so that the last connection to close
    /// folds the WAL back and removes its `-wal` and `-shm` files as SQLite does; read-only otherwise), or a file to
    /// write, created when absent.
    enum Mode {
        case read
        case write
    }

    let path: String
    let handle: OpaquePointer

    convenience init(path: String, mode: Mode) throws(OasisError) {
        switch mode {
        case .write: try self.init(path: path, flags: SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
        case .read:
            do {
                try self.init(path: path, flags: SQLITE_OPEN_READWRITE)
            } catch {
                try self.init(path: path, flags: SQLITE_OPEN_READONLY)
            }
        }
    }

    private init(path: String, flags: Int32) throws(OasisError) {
        var db: OpaquePointer?
        let flags = flags | SQLITE_OPEN_NOMUTEX
        guard sqlite_nio_sqlite3_open_v2(path, &db, flags, nil) == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite_nio_sqlite3_errmsg($0)) } ?? "cannot open"
            if let db { sqlite_nio_sqlite3_close_v2(db) }
            throw StoreTransferError.unreadable(path, message)
        }
        self.path = path
        handle = db
        sqlite_nio_sqlite3_busy_timeout(db, 5_000)
    }

    deinit { sqlite_nio_sqlite3_close_v2(handle) }

    /// The first column of every row of `sql` as text (nil for NULL).
    func column(_ sql: String) throws(OasisError) -> [String?] {
        var statement: OpaquePointer?
        guard sqlite_nio_sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
            throw StoreTransferError.unreadable(path, String(cString: sqlite_nio_sqlite3_errmsg(handle)))
        }
        defer { sqlite_nio_sqlite3_finalize(statement) }
        var values: [String?] = []
        while true {
            let result = sqlite_nio_sqlite3_step(statement)
            if result == SQLITE_DONE { return values }
            guard result == SQLITE_ROW else { throw StoreTransferError.unreadable(path, String(cString: sqlite_nio_sqlite3_errmsg(handle))) }
            values.append(sqlite_nio_sqlite3_column_text(statement, 0).map { String(cString: $0) })
        }
    }

    /// The schema version of an Oasis database; refuses a file that is not an SQLite database or has no Oasis schema.
    func oasisSchemaVersion() throws(OasisError) -> Int {
        let tables: [String?]
        do {
            tables = try column("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '\(StoreSchema.migrationsTable)'")
        } catch {
            throw StoreTransferError.notOasis(path, "it is not an SQLite database (\(error.message))")
        }
        guard !tables.isEmpty else { throw StoreTransferError.notOasis(path, "it has no Oasis schema (no \(StoreSchema.migrationsTable) table)") }
        guard let text = try column("SELECT MAX(version) FROM \(StoreSchema.migrationsTable)").first ?? nil, let version = Int(text) else {
            throw StoreTransferError.notOasis(path, "its schema history is empty")
        }
        return version
    }

    /// `PRAGMA integrity_check`: nothing when the file is sound, else SQLite's findings.
    /// A file too damaged for the check to run reports the reason the check stopped.
    func integrityProblems() -> [String] {
        do {
            let lines = try column("PRAGMA integrity_check").compactMap { $0 }
            return lines == ["ok"] ? [] : lines
        } catch {
            return [error.message]
        }
    }

    /// Copies this whole database into `destination` through the online backup API in one step, so that the copy
    /// is one consistent snapshot even while another process writes (WAL readers do not block writers). A busy
    /// source or destination is retried for up to `patience`.
    func backUp(into destination: SQLiteFile, patience: Duration = .seconds(30)) async throws {
        guard let backup = sqlite_nio_sqlite3_backup_init(destination.handle, "main", handle, "main") else {
            throw StoreTransferError.unreadable(destination.path, String(cString: sqlite_nio_sqlite3_errmsg(destination.handle)))
        }
        let deadline = ContinuousClock.now + patience
        var result = SQLITE_OK
        repeat {
            result = sqlite_nio_sqlite3_backup_step(backup, -1)
            if result == SQLITE_BUSY || result == SQLITE_LOCKED {
                guard ContinuousClock.now < deadline else { break }
                try await Task.sleep(for: .milliseconds(50))
            }
        } while result == SQLITE_OK || result == SQLITE_BUSY || result == SQLITE_LOCKED
        sqlite_nio_sqlite3_backup_finish(backup)
        guard result == SQLITE_DONE else {
            throw StoreTransferError.unreadable(path, "the online backup stopped: \(String(cString: sqlite_nio_sqlite3_errstr(result)))")
        }
    }
}
