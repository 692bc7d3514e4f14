import Synchronization

/// Writes that return nothing, collected inside an open transaction and sent to PostgreSQL as one statement (each a
/// data-modifying `WITH` clause), so that a group commit's inserts and upserts into several tables cost one round trip
/// instead of one each. On SQLite, whose statements run in process, each runs at once as before.
///
/// Only for writes that touch different tables or rows and need not see each other's effects: PostgreSQL runs the
/// clauses of one statement on the same snapshot. A query through this executor first sends what was collected, and
/// `flush()` must be called before the transaction ends.
final class CombinedWrites: SQLExecutor, Sendable {
    let base: any SQLExecutor
    private let pending = Mutex<[(sql: String, binds: [SQLValue])]>([])

    /// PostgreSQL takes at most 65,535 parameters in a statement; a combined statement stays well below.
    static let maximumBinds = 30_000

    init(_ base: any SQLExecutor) { self.base = base }

    var dialect: SQLDialect { base.dialect }

    func afterCommit(_ action: @escaping @Sendable () -> Void) { base.afterCommit(action) }

    func execute(_ sql: String, _ binds: [SQLValue]) async throws {
        guard base.dialect == .postgres else { return try await base.execute(sql, binds) }
        pending.withLock { $0.append((sql, binds)) }
    }

    func query(_ sql: String, _ binds: [SQLValue]) async throws -> [SQLRow] {
        try await flush()
        return try await base.query(sql, binds)
    }

    /// Sends the collected writes: one statement, or a few when their parameters pass `maximumBinds`.
    func flush() async throws {
        let writes = pending.withLock { pending in
            defer { pending.removeAll() }
            return pending
        }
        var group: [(sql: String, binds: [SQLValue])] = []
        var count = 0
        for write in writes {
            if !group.isEmpty, count + write.binds.count > Self.maximumBinds {
                try await send(group)
                group.removeAll()
                count = 0
            }
            group.append(write)
            count += write.binds.count
        }
        if !group.isEmpty { try await send(group) }
    }

    private func send(_ group: [(sql: String, binds: [SQLValue])]) async throws {
        guard group.count > 1 else { return try await base.execute(group[0].sql, group[0].binds) }
        let clauses = group.enumerated().map { index, write in "w\(index) AS (\(write.sql))" }
        try await base.execute("WITH " + clauses.joined(separator: ", ") + " SELECT 1", group.flatMap(\.binds))
    }
}
