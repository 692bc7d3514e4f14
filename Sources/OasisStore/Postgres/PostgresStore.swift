import Foundation
import Logging
import NIOCore
import NIOSSL
import OasisCore
import PostgresNIO

/// The production store: PostgreSQL 15+ over postgres-nio's connection pool.
public final class PostgresStore: SQLDatabase {
    public let dialect = SQLDialect.postgres
    public let displayName: String
    private let client: PostgresClient
    private let runTask: Task<Void, Never>
    private let logger: Logger

    /// Connects and checks that the server answers within `timeout`; a clear `unavailable` error otherwise.
    public static func connect(url: String, logger: Logger, timeout: Duration = .seconds(10)) async throws -> PostgresStore {
        let location = try PostgresURL(url)
        var configuration = PostgresClient.Configuration(
            host: location.host, port: location.port, username: location.username,
            password: location.password, database: location.database, tls: location.tls
        )
        configuration.options.connectTimeout = timeout
        configuration.options.maximumConnections = location.maximumConnections
        // A write that waits for another's lock (a long import) gives up and is answered 503, instead of hanging.
        configuration.options.additionalStartupParameters = [("lock_timeout", "\(location.lockTimeoutMilliseconds)ms")]
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        let runTask = Task { await client.run() }
        let store = PostgresStore(client: client, runTask: runTask, displayName: location.redacted, logger: logger)
        do {
            try await Self.firstOf(timeout: timeout) { _ = try await store.query("SELECT 1", []) }
        } catch {
            runTask.cancel()
            throw StoreError(
                kind: .unavailable,
                message: "Cannot reach PostgreSQL at \(location.redacted): \(Self.explain(error))"
            )
        }
        return store
    }

    /// Runs `operation`, giving up after `timeout` without waiting for it to notice (a pool that keeps
    /// retrying a refused connection would otherwise hold the caller until its own back-off ends).
    static func firstOf(timeout: Duration, _ operation: @escaping @Sendable () async throws -> Void) async throws {
        try await BoundedWait.run(within: timeout, orThrow: StoreError(kind: .unavailable, message: "no answer within \(timeout)"), operation)
    }

    private init(client: PostgresClient, runTask: Task<Void, Never>, displayName: String, logger: Logger) {
        self.client = client
        self.runTask = runTask
        self.displayName = displayName
        self.logger = logger
    }

    public func query(_ sql: String, _ binds: [SQLValue]) async throws -> [SQLRow] {
        let query = try Self.makeQuery(sql, binds)
        do {
            let rows = try await client.query(query, logger: logger)
            return try await Self.collect(rows)
        } catch let error as PSQLError {
            throw StoreError(postgres: error, sql: sql)
        }
    }

    public func execute(_ sql: String, _ binds: [SQLValue]) async throws {
        _ = try await query(sql, binds)
    }

    public func transaction<T: Sendable>(_ body: @Sendable (any SQLExecutor) async throws -> T) async throws -> T {
        let actions = CommitActions()
        do {
            let result = try await client.withTransaction(logger: logger) { connection in
                try await body(PostgresTransaction(connection: connection, logger: logger, commitActions: actions))
            }
            actions.run()
            return result
        } catch let error as PSQLError {
            throw StoreError(postgres: error, sql: "transaction")
        } catch let error as PostgresTransactionError {
            if let closureError = error.closureError { throw closureError }
            if let failure = (error.commitError ?? error.beginError) as? PSQLError { throw StoreError(postgres: failure, sql: "transaction") }
            throw StoreError(kind: .other, message: "PostgreSQL transaction failed: \(error)")
        }
    }

    public func close() async {
        runTask.cancel()
        _ = await runTask.value
    }

    static func makeQuery(_ sql: String, _ binds: [SQLValue]) throws -> PostgresQuery {
        var bindings = PostgresBindings(capacity: binds.count)
        for value in binds {
            switch value {
            case .null: bindings.appendNull()
            case .int(let value): bindings.append(value)
            case .double(let value): bindings.append(value)
            case .text(let value): bindings.append(value)
            case .blob(let bytes): bindings.append(ByteBuffer(bytes: bytes))
            }
        }
        return PostgresQuery(unsafeSQL: PlaceholderRewriter.postgres(sql), binds: bindings)
    }

    static func collect(_ rows: PostgresRowSequence) async throws -> [SQLRow] {
        var result: [SQLRow] = []
        var columns: [String]?
        for try await row in rows {
            if columns == nil { columns = row.map { $0.columnName.lowercased() } }
            result.append(SQLRow(columns: columns!, values: try row.map(SQLValue.init(postgres:))))
        }
        return result
    }

    static func explain(_ error: any Error) -> String {
        if let error = error as? PSQLError {
            if let message = error.serverInfo?[.message] { return message }
            if let underlying = error.underlying { return "\(underlying)" }
            return "\(error.code)"
        }
        return "\(error)"
    }
}

/// One leased connection inside an open transaction.
struct PostgresTransaction: SQLExecutor {
    let connection: PostgresConnection
    let logger: Logger
    let commitActions: CommitActions
    var dialect: SQLDialect { .postgres }

    func afterCommit(_ action: @escaping @Sendable () -> Void) { commitActions.add(action) }

    func query(_ sql: String, _ binds: [SQLValue]) async throws -> [SQLRow] {
        do {
            let rows = try await connection.query(try PostgresStore.makeQuery(sql, binds), logger: logger)
            return try await PostgresStore.collect(rows)
        } catch let error as PSQLError {
            throw StoreError(postgres: error, sql: sql)
        }
    }

    func execute(_ sql: String, _ binds: [SQLValue]) async throws {
        _ = try await query(sql, binds)
    }
}
