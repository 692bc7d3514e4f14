/// Adds values to counters kept per key: inserts the rows whose keys are new and adds to the others
/// (`INSERT … ON CONFLICT … DO UPDATE SET c = t.c + excluded.c`, the same on both stores). The rollups that
/// views read instead of scanning are kept this way.
enum AdditiveUpsert {
    static func rows(table: String, keyColumns: [String], valueColumns: [String], rows: [[SQLValue]], on tx: any SQLExecutor) async throws {
        guard !rows.isEmpty else { return }
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
}
