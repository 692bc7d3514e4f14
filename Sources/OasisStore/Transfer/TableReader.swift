/// Reads a table's rows a page at a time, in the order of all its columns, with each value normalised to its
/// column's kind: the same rows in the same shape from SQLite and PostgreSQL.
enum TableReader {
    static let pageSize = 2_000

    static func forEachPage(
        of table: TableSchema, on executor: any SQLExecutor, _ body: ([[SQLValue]]) async throws -> Void
    ) async throws {
        let columns = table.columns.map { "\"\($0.name)\"" }.joined(separator: ", ")
        let order = (1...max(1, table.columns.count)).map(String.init).joined(separator: ", ")
        var offset: Int64 = 0
        while true {
            let rows = try await executor.query(
                "SELECT \(columns) FROM \"\(table.name)\" ORDER BY \(order) LIMIT ? OFFSET ?", [.int(Int64(pageSize)), .int(offset)])
            if rows.isEmpty { return }
            try await body(
                rows.map { row in zip(table.columns, row.values).map { column, value in column.kind.normalise(value) } })
            offset += Int64(rows.count)
            if rows.count < pageSize { return }
        }
    }
}
