import Foundation
// The C API of the SQLite that sqlite-nio vendors (symbols prefixed `sqlite_nio_`). sqlite-nio has no public
// prepared-statement API, and re-preparing a statement per row costs ~40 µs (docs/adr/0001-store.md); bulk
// imports therefore bind and step one prepared statement on their own connection to the same file.
import VaporCSQLite

/// A plain SQLite connection: the store's writing connection (`SQLiteWritingConnection`), a staged import's and the
/// checkpoint thread's. Bulk writes bind and step one prepared statement in a loop.
/// Not thread-safe: one user at a time (the store's writer lock provides that).
final class RawSQLiteConnection: @unchecked Sendable {
    private(set) var handle: OpaquePointer?
    /// Prepared statements kept for reuse by `query` (`StatementCache`).
    private var cache = StatementCache()
    static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    /// Opens `path` with a page cache of `cacheKiB` (the bulk writer's 64 MiB by default).
    init(path: String, cacheKiB: Int = RawSQLiteConnection.cacheKiB) throws {
        var db: OpaquePointer?
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
        guard sqlite_nio_sqlite3_open_v2(path, &db, flags, nil) == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite_nio_sqlite3_errmsg($0)) } ?? "cannot open"
            if let db { sqlite_nio_sqlite3_close(db) }
            throw StoreError(kind: .unavailable, message: "SQLite connection to \(path): \(message)")
        }
        handle = db
        // A larger page cache (64 MiB) than the readers', so that index pages stay in memory across a batch.
        // No busy handler: the store retries a busy write itself (SQLiteBusyWait).
        for pragma in ["PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON", "PRAGMA busy_timeout = 0"] { try exec(pragma) }
        try setCacheSize(kibibytes: cacheKiB)
    }

    /// The page cache a writing connection keeps between writes.
    static let cacheKiB = 65_536

    /// Sets the page cache (SQLite frees pages beyond a smaller size at once).
    func setCacheSize(kibibytes: Int) throws { try exec("PRAGMA cache_size = -\(kibibytes)") }

    deinit {
        cache.finalizeAll()
        if let handle { sqlite_nio_sqlite3_close_v2(handle) }
    }

    /// Hands this connection's checkpoints to `checkpointer`'s thread (`SQLiteCheckpointer`).
    func checkpoint(on checkpointer: SQLiteCheckpointer) { checkpointer.install(on: handle) }

    func exec(_ sql: String) throws {
        guard sqlite_nio_sqlite3_exec(handle, sql, nil, nil, nil) == SQLITE_OK else { throw error(sql) }
    }

    /// Runs one statement with binds and returns its rows: the writer thread's statements and a bulk write's ordinary
    /// ones. The prepared statement is kept for the next use of the same text (a group commit's statements repeat
    /// for every batch of the same size), reset and its bindings cleared after each use.
    func query(_ sql: String, _ binds: [SQLValue]) throws -> [SQLRow] {
        try withStatement(sql) { statement in
            for (index, value) in binds.enumerated() { try bind(statement, Int32(index + 1), value) }
            var rows: [SQLRow] = []
            // The columns are read after the first step: a kept statement is prepared again there when the schema
            // changed since (a `*` then names the new columns).
            var columns: [String]?
            while true {
                let result = sqlite_nio_sqlite3_step(statement)
                if result == SQLITE_DONE { break }
                guard result == SQLITE_ROW else { throw error(sql) }
                let count = sqlite_nio_sqlite3_column_count(statement)
                let names = columns ?? (0..<count).map { String(cString: sqlite_nio_sqlite3_column_name(statement, $0)).lowercased() }
                columns = names
                rows.append(SQLRow(columns: names, values: (0..<count).map { column(statement, $0) }))
            }
            return rows
        }
    }

    /// Runs `body` with the statement prepared for `sql`: the one kept from its last use, or a new one, kept again
    /// afterwards, reset and its bindings cleared.
    func withStatement<T>(_ sql: String, _ body: (OpaquePointer) throws -> T) throws -> T {
        let statement: OpaquePointer
        if let cached = cache.take(sql) {
            statement = cached
        } else {
            statement = try prepare(sql)
        }
        defer {
            sqlite_nio_sqlite3_reset(statement)
            sqlite_nio_sqlite3_clear_bindings(statement)
            cache.keep(statement, for: sql)
        }
        return try body(statement)
    }

    /// Upserts indicator values with one prepared statement; returns how many rows were inserted or changed.
    func upsertValues(_ values: ArraySlice<IndicatorValueRecord>, importID: Int64, sql: String) throws -> Int {
        let statement = try prepare(sql)
        defer { sqlite_nio_sqlite3_finalize(statement) }
        var written = 0
        // Bindings survive `reset`: text is re-bound only when it changes, which in key order is rarely.
        var region: String?
        var indicator: String?
        var source: String?
        sqlite_nio_sqlite3_bind_int64(statement, 6, importID)
        for value in values {
            if value.region != region {
                sqlite_nio_sqlite3_bind_text(statement, 1, value.region, -1, Self.transient)
                region = value.region
            }
            if value.indicator != indicator {
                sqlite_nio_sqlite3_bind_text(statement, 2, value.indicator, -1, Self.transient)
                indicator = value.indicator
            }
            if value.source != source {
                sqlite_nio_sqlite3_bind_text(statement, 5, value.source, -1, Self.transient)
                source = value.source
            }
            sqlite_nio_sqlite3_bind_int64(statement, 3, Int64(value.period))
            sqlite_nio_sqlite3_bind_double(statement, 4, value.value)
            guard sqlite_nio_sqlite3_step(statement) == SQLITE_DONE else { throw error(sql) }
            written += Int(sqlite_nio_sqlite3_changes(handle))
            sqlite_nio_sqlite3_reset(statement)
        }
        return written
    }

    func prepare(_ sql: String) throws -> OpaquePointer {
        var statement: OpaquePointer?
        guard sqlite_nio_sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK, let statement else { throw error(sql) }
        return statement
    }

    private func bind(_ statement: OpaquePointer, _ index: Int32, _ value: SQLValue) throws {
        let result: Int32
        switch value {
        case .null: result = sqlite_nio_sqlite3_bind_null(statement, index)
        case .int(let value): result = sqlite_nio_sqlite3_bind_int64(statement, index, value)
        case .double(let value): result = sqlite_nio_sqlite3_bind_double(statement, index, value)
        case .text(let value): result = sqlite_nio_sqlite3_bind_text(statement, index, value, -1, Self.transient)
        case .blob(let bytes):
            result = bytes.withUnsafeBytes { sqlite_nio_sqlite3_bind_blob(statement, index, $0.baseAddress, Int32($0.count), Self.transient) }
        }
        guard result == SQLITE_OK else { throw error("bind \(index)") }
    }

    private func column(_ statement: OpaquePointer, _ index: Int32) -> SQLValue {
        switch sqlite_nio_sqlite3_column_type(statement, index) {
        case SQLITE_INTEGER: return .int(sqlite_nio_sqlite3_column_int64(statement, index))
        case SQLITE_FLOAT: return .double(sqlite_nio_sqlite3_column_double(statement, index))
        case SQLITE_TEXT: return .text(String(cString: sqlite_nio_sqlite3_column_text(statement, index)))
        case SQLITE_BLOB:
            let count = Int(sqlite_nio_sqlite3_column_bytes(statement, index))
            guard count > 0, let pointer = sqlite_nio_sqlite3_column_blob(statement, index) else { return .blob([]) }
            return .blob(Array(UnsafeRawBufferPointer(start: pointer, count: count)))
        default: return .null
        }
    }

    func error(_ context: String) -> StoreError {
        StoreError(
            sqliteExtendedCode: sqlite_nio_sqlite3_extended_errcode(handle), message: String(cString: sqlite_nio_sqlite3_errmsg(handle)),
            sql: context)
    }
}

/// The raw connection inside an open transaction, as an executor, so that the audit log and the import
/// record are written in the same transaction as the values.
struct RawSQLiteExecutor: SQLExecutor {
    let connection: RawSQLiteConnection
    let commitActions: CommitActions
    var dialect: SQLDialect { .sqlite }

    func afterCommit(_ action: @escaping @Sendable () -> Void) { commitActions.add(action) }

    func query(_ sql: String, _ binds: [SQLValue]) async throws -> [SQLRow] { try connection.query(sql, binds) }
    func execute(_ sql: String, _ binds: [SQLValue]) async throws { _ = try connection.query(sql, binds) }
}
