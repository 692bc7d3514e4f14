import VaporCSQLite

/// A connection's prepared statements by their SQL text, for `RawSQLiteConnection.query`.
///
/// A statement is taken out while it runs and kept again after, so that a statement run from inside another
/// one's use (never done today) would prepare its own. Bounded: past `capacity` statements, or for a text longer
/// than `longestText` (a large multi-row insert, used once), the statement is finalized instead of kept; when full,
/// the whole cache is emptied, which costs one prepare per statement afterwards.
struct StatementCache {
    static let capacity = 192
    static let longestText = 16_384
    private var statements: [String: OpaquePointer] = [:]

    /// The statement kept for `sql`, removed from the cache until `keep` returns it.
    mutating func take(_ sql: String) -> OpaquePointer? { statements.removeValue(forKey: sql) }

    /// Keeps a statement (already reset) for the next use of `sql`, or finalizes it.
    mutating func keep(_ statement: OpaquePointer, for sql: String) {
        guard sql.utf8.count <= Self.longestText else {
            sqlite_nio_sqlite3_finalize(statement)
            return
        }
        if statements.count >= Self.capacity { finalizeAll() }
        if let previous = statements.updateValue(statement, forKey: sql) { sqlite_nio_sqlite3_finalize(previous) }
    }

    /// Finalizes every kept statement (before the connection closes).
    mutating func finalizeAll() {
        for statement in statements.values { sqlite_nio_sqlite3_finalize(statement) }
        statements.removeAll()
    }
}
