import Foundation
import Logging
import NIOCore
import NIOPosix
import OasisCore
import SQLiteNIO
import Synchronization

/// The embedded store: one SQLite file in WAL mode with one writing connection (writes and transactions queue for
/// it, so writers never contend; they run on the store's writer thread) and a few reader connections.
public final class SQLiteStore: SQLDatabase {
    public let dialect = SQLDialect.sqlite
    public let path: String
    private let writer: SQLiteWritingConnection
    private let readers: [SQLiteConnection]
    private let writeLock = AsyncLock()
    private let nextReader = ReaderCursor()
    /// Where transactions and other writes run (see `SQLiteWriterThread`).
    private let writerThread: SQLiteWriterThread
    /// How long a write waits for another process's write lock.
    let busyWait: SQLiteBusyWait

    public var displayName: String { path }

    public var writeExecutor: (any TaskExecutor)? { writerThread }

    /// Opens (creating when absent) the database file and its folder.
    public static func open(path: String, readers readerCount: Int = 2, busyWait: SQLiteBusyWait = SQLiteBusyWait(), logger: Logger) async throws
        -> SQLiteStore
    {
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                throw StoreError(kind: .unavailable, message: "Cannot create the database folder \(directory): \(error.localizedDescription)")
            }
        }
        if FileManager.default.fileExists(atPath: path), !FileManager.default.isWritableFile(atPath: path) {
            throw StoreError(kind: .unavailable, message: "The database file \(path) is not writable by this user.")
        }
        if !directory.isEmpty, !FileManager.default.isWritableFile(atPath: directory) {
            throw StoreError(
                kind: .unavailable,
                message: "The database folder \(directory) is not writable by this user (SQLite needs to create its WAL files there).")
        }
        let writer: SQLiteWritingConnection
        do {
            writer = try SQLiteWritingConnection(path: path)
        } catch {
            throw StoreError(kind: .unavailable, message: "Cannot open the SQLite database \(path): \(error)")
        }
        // Every connection opened here is closed again if opening fails part-way (or the task is cancelled): a
        // connection released without close stops a debug build at sqlite-nio's assertion.
        var readers: [SQLiteConnection] = []
        do {
            for _ in 0..<readerCount {
                let reader = try await SQLiteConnection.open(storage: .file(path: path), logger: logger)
                readers.append(reader)
                try await Self.configure(reader)
                _ = try await reader.query("PRAGMA query_only = ON", [])
            }
            return SQLiteStore(path: path, writer: writer, readers: readers, busyWait: busyWait)
        } catch {
            for reader in readers { try? await reader.close() }
            writer.close()
            throw StoreError(kind: .unavailable, message: "Cannot use the SQLite database \(path): \(error)")
        }
    }

    private static func configure(_ connection: SQLiteConnection) async throws {
        _ = try await connection.query("PRAGMA synchronous = FULL", [])
        _ = try await connection.query("PRAGMA foreign_keys = ON", [])
        _ = try await connection.query("PRAGMA busy_timeout = 5000", [])
    }

    private init(path: String, writer: SQLiteWritingConnection, readers: [SQLiteConnection], busyWait: SQLiteBusyWait) {
        self.path = path
        self.writer = writer
        self.readers = readers
        self.busyWait = busyWait
        self.writerThread = SQLiteWriterThread(name: "oasis-sqlite-writer")
    }

    public func query(_ sql: String, _ binds: [SQLValue]) async throws -> [SQLRow] {
        if Self.isReadOnly(sql), !readers.isEmpty {
            let reader = readers[nextReader.next() % readers.count]
            return try await Self.run(reader, sql, binds)
        }
        let deadline = busyWait.deadline()
        return try await onWriter { connection in try await busyWait.retrying(until: deadline) { try connection.query(sql, binds) } }
    }

    public func execute(_ sql: String, _ binds: [SQLValue]) async throws {
        _ = try await query(sql, binds)
    }

    /// Runs `body` in one `BEGIN IMMEDIATE` transaction on the writer thread, on the raw writing connection: every
    /// statement, the commit and its sync run there without a hand-off (`SQLiteWriterThread`). The commit actions
    /// run after the write lock is released.
    public func transaction<T: Sendable>(_ body: @Sendable (any SQLExecutor) async throws -> T) async throws -> T {
        let deadline = busyWait.deadline()
        let actions = CommitActions()
        let result = try await onWriter { connection in
            try await Self.immediateTransaction(on: connection, busyWait: busyWait, deadline: deadline, actions: actions) { _, tx in
                try await body(tx)
            }
        }
        actions.run()
        return result
    }

    /// Runs `body` on the writer thread with the writing connection, holding the write lock.
    private func onWriter<T: Sendable>(_ body: @Sendable (RawSQLiteConnection) async throws -> T) async throws -> T {
        let writer = self.writer
        return try await withTaskExecutorPreference(writerThread) {
            try await writeLock.withLock { try await body(try writer.get()) }
        }
    }

    /// Runs `body` in one transaction on a plain connection made for bulk writes (prepared statements in a
    /// loop), holding the writer lock so that no other write interleaves. Committed when `body` returns.
    func bulkTransaction<T: Sendable>(_ body: @Sendable (RawSQLiteConnection, any SQLExecutor) async throws -> T) async throws -> T {
        let writer = self.writer
        let deadline = busyWait.deadline()
        let actions = CommitActions()
        let result = try await writeLock.withLock {
            try await Self.immediateTransaction(on: try writer.get(), busyWait: busyWait, deadline: deadline, actions: actions, body)
        }
        actions.run()
        return result
    }

    /// Stages a bulk write without taking the write lock, then commits it in one short transaction.
    ///
    /// `stage` runs on a connection of its own (bulk settings, cleared page cache) that may read the database and
    /// fill its TEMP tables, which lock nothing other processes use; `commit` then runs on the same connection,
    /// under the writer lock in one `BEGIN IMMEDIATE` transaction, and copies what was staged. When `stage` fails,
    /// nothing was written and no other writer waited.
    func stagedBulkTransaction<Staged: Sendable, T: Sendable>(
        stage: @Sendable (RawSQLiteConnection) async throws -> Staged,
        commit: @Sendable (RawSQLiteConnection, any SQLExecutor, Staged) async throws -> T
    ) async throws -> T {
        let connection = try RawSQLiteConnection(path: path)
        let staged = try await stage(connection)
        let deadline = busyWait.deadline()
        let actions = CommitActions()
        let result = try await writeLock.withLock {
            try await Self.immediateTransaction(on: connection, busyWait: busyWait, deadline: deadline, actions: actions) { connection, tx in
                try await commit(connection, tx, staged)
            }
        }
        actions.run()
        return result
    }

    /// One `BEGIN IMMEDIATE` … `COMMIT` on a raw connection, waiting for the lock until `deadline`; the caller runs
    /// `actions` once the write lock is released.
    private static func immediateTransaction<T: Sendable>(
        on connection: RawSQLiteConnection, busyWait: SQLiteBusyWait, deadline: ContinuousClock.Instant, actions: CommitActions,
        _ body: @Sendable (RawSQLiteConnection, any SQLExecutor) async throws -> T
    ) async throws -> T {
        try await busyWait.retrying(until: deadline) { _ = try connection.query("BEGIN IMMEDIATE", []) }
        let result: T
        do {
            result = try await body(connection, RawSQLiteExecutor(connection: connection, commitActions: actions))
            _ = try connection.query("COMMIT", [])
        } catch {
            _ = try? connection.query("ROLLBACK", [])
            throw error
        }
        return result
    }

    public func close() async {
        for reader in readers { try? await reader.close() }
        // Under the write lock, so that a write under way ends first.
        let writer = self.writer
        _ = try? await writeLock.withLock { writer.close() }
        writerThread.stop()
    }

    static func isReadOnly(_ sql: String) -> Bool {
        let head = sql.utf8.prefix(while: { $0 == 32 || $0 == 10 || $0 == 9 || $0 == 13 })
        let rest = sql.utf8.dropFirst(head.count).prefix(6)
        let word = String(decoding: rest, as: UTF8.self).uppercased()
        return word == "SELECT"
    }

    static func run(_ connection: SQLiteConnection, _ sql: String, _ binds: [SQLValue]) async throws -> [SQLRow] {
        let rows: [SQLiteRow]
        do {
            rows = try await connection.query(sql, binds.map(\.sqliteData))
        } catch let error as SQLiteError {
            throw StoreError(sqlite: error, sql: sql)
        }
        guard let first = rows.first else { return [] }
        let columns = first.columns.map { $0.name.lowercased() }
        return rows.map { row in
            SQLRow(columns: columns, values: row.columns.map { SQLValue(sqlite: $0.data) })
        }
    }
}

/// Round-robin over the reader connections.
final class ReaderCursor: Sendable {
    private let value = Mutex(0)
    func next() -> Int {
        value.withLock { value in
            value &+= 1
            return value & Int.max
        }
    }
}
