import Foundation
import Logging
import NIOCore
import NIOPosix
import OasisCore
import SQLiteNIO

/// The embedded store: one SQLite file in WAL mode with one writer connection (writes and
/// transactions queue for it, so writers never contend) and a few reader connections.
public final class SQLiteStore: SQLDatabase {
    public let dialect = SQLDialect.sqlite
    public let path: String
    private let writer: SQLiteConnection
    private let readers: [SQLiteConnection]
    private let writeLock = AsyncLock()
    private let nextReader = ReaderCursor()
    private let bulk = BulkConnectionBox()

    public var displayName: String { path }

    /// Opens (creating when absent) the database file and its folder.
    public static func open(path: String, readers readerCount: Int = 2, logger: Logger) async throws -> SQLiteStore {
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
            throw StoreError(kind: .unavailable, message: "The database folder \(directory) is not writable by this user (SQLite needs to create its WAL files there).")
        }
        let writer: SQLiteConnection
        do {
            writer = try await SQLiteConnection.open(storage: .file(path: path), logger: logger)
        } catch {
            throw StoreError(kind: .unavailable, message: "Cannot open the SQLite database \(path): \(error)")
        }
        do {
            _ = try await writer.query("PRAGMA journal_mode = WAL", [])
            try await Self.configure(writer)
            var readers: [SQLiteConnection] = []
            for _ in 0..<readerCount {
                let reader = try await SQLiteConnection.open(storage: .file(path: path), logger: logger)
                try await Self.configure(reader)
                _ = try await reader.query("PRAGMA query_only = ON", [])
                readers.append(reader)
            }
            return SQLiteStore(path: path, writer: writer, readers: readers)
        } catch {
            try? await writer.close()
            throw StoreError(kind: .unavailable, message: "Cannot use the SQLite database \(path): \(error)")
        }
    }

    private static func configure(_ connection: SQLiteConnection) async throws {
        _ = try await connection.query("PRAGMA synchronous = FULL", [])
        _ = try await connection.query("PRAGMA foreign_keys = ON", [])
        _ = try await connection.query("PRAGMA busy_timeout = 5000", [])
    }

    private init(path: String, writer: SQLiteConnection, readers: [SQLiteConnection]) {
        self.path = path
        self.writer = writer
        self.readers = readers
    }

    public func query(_ sql: String, _ binds: [SQLValue]) async throws -> [SQLRow] {
        if Self.isReadOnly(sql), !readers.isEmpty {
            let reader = readers[nextReader.next() % readers.count]
            return try await Self.run(reader, sql, binds)
        }
        return try await writeLock.withLock { try await Self.run(writer, sql, binds) }
    }

    public func execute(_ sql: String, _ binds: [SQLValue]) async throws {
        _ = try await writeLock.withLock { try await Self.run(writer, sql, binds) }
    }

    public func transaction<T: Sendable>(_ body: @Sendable (any SQLExecutor) async throws -> T) async throws -> T {
        try await writeLock.withLock {
            _ = try await Self.run(writer, "BEGIN IMMEDIATE", [])
            do {
                let result = try await body(SQLiteTransaction(connection: writer))
                _ = try await Self.run(writer, "COMMIT", [])
                return result
            } catch {
                _ = try? await Self.run(writer, "ROLLBACK", [])
                throw error
            }
        }
    }

    /// Runs `body` in one transaction on a plain connection made for bulk writes (prepared statements in a
    /// loop), holding the writer lock so that no other write interleaves. Committed when `body` returns.
    func bulkTransaction<T: Sendable>(_ body: @Sendable (RawSQLiteConnection, any SQLExecutor) async throws -> T) async throws -> T {
        let path = self.path
        let bulk = self.bulk
        return try await writeLock.withLock {
            let connection = try bulk.connection(path: path)
            try connection.exec("BEGIN IMMEDIATE")
            do {
                let result = try await body(connection, RawSQLiteExecutor(connection: connection))
                try connection.exec("COMMIT")
                return result
            } catch {
                try? connection.exec("ROLLBACK")
                throw error
            }
        }
    }

    public func close() async {
        bulk.close()
        for reader in readers { try? await reader.close() }
        _ = try? await writer.query("PRAGMA optimize", [])
        try? await writer.close()
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

/// The bulk-write connection, opened on first use.
final class BulkConnectionBox: @unchecked Sendable {
    private let lock = NSLock()
    private var connection: RawSQLiteConnection?

    func connection(path: String) throws -> RawSQLiteConnection {
        try lock.withLock {
            if let connection { return connection }
            let opened = try RawSQLiteConnection(path: path)
            connection = opened
            return opened
        }
    }

    func close() { lock.withLock { connection = nil } }
}

/// Round-robin over the reader connections.
final class ReaderCursor: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func next() -> Int {
        lock.withLock {
            value &+= 1
            return value & Int.max
        }
    }
}

/// The writer connection inside an open transaction.
struct SQLiteTransaction: SQLExecutor {
    let connection: SQLiteConnection
    var dialect: SQLDialect { .sqlite }

    func query(_ sql: String, _ binds: [SQLValue]) async throws -> [SQLRow] {
        try await SQLiteStore.run(connection, sql, binds)
    }

    func execute(_ sql: String, _ binds: [SQLValue]) async throws {
        _ = try await SQLiteStore.run(connection, sql, binds)
    }
}
