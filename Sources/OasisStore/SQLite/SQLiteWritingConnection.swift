import Synchronization

/// The store's one writing connection (a plain `RawSQLiteConnection`: transactions, single writes and bulk writes
/// all run on it, one at a time under the store's write lock) and the thread that checkpoints its log
/// (`SQLiteCheckpointer`).
final class SQLiteWritingConnection: Sendable {
    private let connection: Mutex<RawSQLiteConnection?>
    private let checkpointer: SQLiteCheckpointer

    /// Opens the connection: the log in WAL mode, the store's pragmas, the statement journal in memory (a multi-row
    /// statement inside a transaction keeps one; in memory, it is not a temporary file created and deleted at every
    /// commit) and checkpoints handed to a thread of their own.
    init(path: String) throws {
        let opened = try RawSQLiteConnection(path: path)
        try opened.exec("PRAGMA journal_mode = WAL")
        try opened.exec("PRAGMA temp_store = MEMORY")
        checkpointer = SQLiteCheckpointer(path: path)
        opened.checkpoint(on: checkpointer)
        connection = Mutex(opened)
    }

    /// The open connection; a store error once closed.
    func get() throws -> RawSQLiteConnection {
        guard let open = connection.withLock({ $0 }) else { throw StoreError(kind: .unavailable, message: "The SQLite store is closed.") }
        return open
    }

    /// Lets SQLite refresh its query planner's statistics, closes the connection, then ends the checkpoint thread
    /// (which outlives the connection whose hook names it).
    func close() {
        let closing = connection.withLock { connection in
            defer { connection = nil }
            return connection
        }
        try? closing?.exec("PRAGMA optimize")
        checkpointer.stop()
    }

    deinit { checkpointer.stop() }
}
