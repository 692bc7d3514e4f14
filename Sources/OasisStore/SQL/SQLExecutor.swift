/// Runs SQL written with `?` placeholders against one store; either the database itself or an open
/// transaction. Repositories are written against this protocol once and run on both stores.
public protocol SQLExecutor: Sendable {
    var dialect: SQLDialect { get }

    /// Runs a statement and returns its rows.
    func query(_ sql: String, _ binds: [SQLValue]) async throws -> [SQLRow]

    /// Runs a statement that returns no rows.
    func execute(_ sql: String, _ binds: [SQLValue]) async throws

    /// Runs `action` once the work of this executor is durable: after the commit of an open transaction
    /// (never when it rolls back), at once for the database itself.
    func afterCommit(_ action: @escaping @Sendable () -> Void)
}

extension SQLExecutor {
    /// Outside a transaction every statement commits by itself, so the action runs at once.
    public func afterCommit(_ action: @escaping @Sendable () -> Void) { action() }

    public func query(_ sql: String) async throws -> [SQLRow] { try await query(sql, []) }
    public func execute(_ sql: String) async throws { try await execute(sql, []) }

    /// The first row, or nil.
    public func first(_ sql: String, _ binds: [SQLValue] = []) async throws -> SQLRow? {
        try await query(sql, binds).first
    }

    /// Runs an insert, update or upsert and returns how many rows it wrote.
    public func written(_ sql: String, _ binds: [SQLValue]) async throws -> Int {
        switch dialect {
        case .sqlite:
            try await execute(sql, binds)
            return Int(try await first("SELECT changes() AS n")?.int("n") ?? 0)
        case .postgres:
            let row = try await first("WITH written AS (\(sql) RETURNING 1) SELECT COUNT(*) AS n FROM written", binds)
            return Int(try row?.int("n") ?? 0)
        }
    }

    /// Inserts a row and returns the generated `id`.
    public func insertReturningID(_ sql: String, _ binds: [SQLValue]) async throws -> Int64 {
        guard let row = try await query(sql + " RETURNING id", binds).first else {
            throw StoreError(kind: .other, message: "INSERT … RETURNING id returned no row.")
        }
        return try row.int("id")
    }
}

/// A whole database: an executor that can also open transactions and be closed.
public protocol SQLDatabase: SQLExecutor {
    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws.
    func transaction<T: Sendable>(_ body: @Sendable (any SQLExecutor) async throws -> T) async throws -> T

    /// A description safe to print: the file path or the URL without its password.
    var displayName: String { get }

    func close() async

    /// Where this database's writes run, when it has a thread of its own for them (the embedded store's writer
    /// thread): a task that mostly waits for writes (the intake's group commit) prefers it, so that it is not queued
    /// behind the requests being served on the cooperative pool between two batches. Nil: no preference.
    var writeExecutor: (any TaskExecutor)? { get }
}

extension SQLDatabase {
    public var writeExecutor: (any TaskExecutor)? { nil }
}
