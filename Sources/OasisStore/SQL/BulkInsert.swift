/// Multi-row INSERT statements for many rows of the same width, chunked under the stores' bind limits.
enum BulkInsert {
    static func rows(_ target: String, _ rows: [[SQLValue]], on tx: any SQLExecutor) async throws {
        guard let width = rows.first?.count else { return }
        let perStatement = max(1, 6_000 / width)
        let row = "(" + Array(repeating: "?", count: width).joined(separator: ", ") + ")"
        for start in stride(from: 0, to: rows.count, by: perStatement) {
            let chunk = rows[start..<min(start + perStatement, rows.count)]
            try await tx.execute("INSERT INTO \(target) VALUES \(Array(repeating: row, count: chunk.count).joined(separator: ", "))", chunk.flatMap { $0 })
        }
    }
}
