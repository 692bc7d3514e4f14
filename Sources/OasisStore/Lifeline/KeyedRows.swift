/// Looking rows up and writing them by a text key (a registry's code): lookups in chunks of 500 binds, and the insert
/// or update of one keyed row.
enum KeyedRows {
    /// The rows `sql` answers for the keys (each bound once), called with the placeholders of each chunk.
    static func query(_ keys: some Sequence<String>, on tx: any SQLExecutor, _ sql: (String) -> String) async throws -> [SQLRow] {
        try await query(keys, bind: { .text($0) }, on: tx, sql)
    }

    /// The rows `sql` answers for keys of any kind, each bound once by `bind`.
    static func query<Key: Hashable>(
        _ keys: some Sequence<Key>, bind: (Key) -> SQLValue, on tx: any SQLExecutor, _ sql: (String) -> String
    ) async throws -> [SQLRow] {
        let wanted = Array(Set(keys))
        var rows: [SQLRow] = []
        for start in stride(from: 0, to: wanted.count, by: 500) {
            let chunk = wanted[start..<min(start + 500, wanted.count)]
            rows += try await tx.query(sql(Placeholders.list(chunk.count)), chunk.map(bind))
        }
        return rows
    }

    /// Inserts the row of `key` into `table` with `columns` set to `values`, or updates it when `exists`.
    static func write(
        _ table: String, key: (column: String, value: String), columns: [String], values: [SQLValue], exists: Bool, on tx: any SQLExecutor
    ) async throws {
        let binds = values + [.text(key.value)]
        if exists {
            let assignments = columns.map { "\($0) = ?" }.joined(separator: ", ")
            try await tx.execute("UPDATE \(table) SET \(assignments) WHERE \(key.column) = ?", binds)
        } else {
            let names = (columns + [key.column]).joined(separator: ", ")
            try await tx.execute("INSERT INTO \(table) (\(names)) VALUES (\(Placeholders.list(binds.count)))", binds)
        }
    }
}
