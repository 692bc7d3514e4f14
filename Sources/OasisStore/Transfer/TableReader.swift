/// Reads a table's rows a page at a time, with each value normalised to its column's kind: the same rows in the
/// same shape from SQLite and PostgreSQL. A table with a primary key is read in key order, each page starting after
/// the last key of the one before (so a page costs the same however deep into the table); one without is read in
/// the order of all its columns by offset.
enum TableReader {
    static let pageSize = 2_000

    static func forEachPage(
        of table: TableSchema, on executor: any SQLExecutor, _ body: ([[SQLValue]]) async throws -> Void
    ) async throws {
        let columns = table.columns.map { "\"\($0.name)\"" }.joined(separator: ", ")
        let keyIndexes = table.primaryKey.compactMap { key in table.columns.firstIndex { $0.name == key } }
        let keyed = !keyIndexes.isEmpty && keyIndexes.count == table.primaryKey.count
        let order =
            keyed
            ? table.primaryKey.map { "\"\($0)\"" }.joined(separator: ", ")
            : (1...max(1, table.columns.count)).map(String.init).joined(separator: ", ")
        var offset: Int64 = 0
        var after: [SQLValue]?
        while true {
            let rows: [SQLRow]
            if keyed, let after {
                let placeholders = Array(repeating: "?", count: after.count).joined(separator: ", ")
                rows = try await executor.query(
                    "SELECT \(columns) FROM \"\(table.name)\" WHERE (\(order)) > (\(placeholders)) ORDER BY \(order) LIMIT ?",
                    after + [.int(Int64(pageSize))])
            } else {
                rows = try await executor.query(
                    "SELECT \(columns) FROM \"\(table.name)\" ORDER BY \(order) LIMIT ? OFFSET ?", [.int(Int64(pageSize)), .int(offset)])
            }
            if rows.isEmpty { return }
            after = rows.last.map { last in keyIndexes.map { last.values[$0] } }
            try await body(rows.map { row in zip(table.columns, row.values).map { column, value in column.kind.normalise(value) } })
            offset += Int64(rows.count)
            if rows.count < pageSize { return }
        }
    }
}
