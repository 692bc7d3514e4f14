/// Adds values to counters kept per key: inserts the rows whose keys are new and adds to the others
/// (`INSERT … ON CONFLICT … DO UPDATE SET c = t.c + excluded.c`, the same on both stores). The rollups that
/// views read instead of scanning are kept this way.
///
/// Rows are written in the order of their keys, whatever order the caller built them in (often a dictionary's,
/// which differs from process to process): two servers adding to the same counters then lock them in the same
/// order and cannot deadlock each other on PostgreSQL.
enum AdditiveUpsert {
    static func rows(table: String, keyColumns: [String], valueColumns: [String], rows unordered: [[SQLValue]], on tx: any SQLExecutor) async throws {
        guard !unordered.isEmpty else { return }
        let rows = unordered.sorted { keyPrecedes($0.prefix(keyColumns.count), $1.prefix(keyColumns.count)) }
        let width = keyColumns.count + valueColumns.count
        let perStatement = max(1, 6_000 / width)
        let sets = valueColumns.map { "\($0) = \(table).\($0) + excluded.\($0)" }.joined(separator: ", ")
        let row = "(" + Placeholders.list(width) + ")"
        for start in stride(from: 0, to: rows.count, by: perStatement) {
            let chunk = rows[start..<min(start + perStatement, rows.count)]
            try await tx.execute(
                """
                INSERT INTO \(table) (\((keyColumns + valueColumns).joined(separator: ", "))) VALUES \(Array(repeating: row, count: chunk.count).joined(separator: ", "))
                ON CONFLICT (\(keyColumns.joined(separator: ", "))) DO UPDATE SET \(sets)
                """, chunk.flatMap { $0 })
        }
    }

    /// Orders keys column by column: numbers by value, texts by their UTF-8 bytes (the same on every process).
    static func keyPrecedes(_ first: ArraySlice<SQLValue>, _ second: ArraySlice<SQLValue>) -> Bool {
        for (left, right) in zip(first, second) where left != right {
            switch (left, right) {
            case (.int(let a), .int(let b)): return a < b
            case (.double(let a), .double(let b)): return a < b
            case (.text(let a), .text(let b)): return a.utf8.lexicographicallyPrecedes(b.utf8)
            default: return left.description < right.description
            }
        }
        return false
    }
}
