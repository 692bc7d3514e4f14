/// Multi-row INSERT statements for many rows of the same width, chunked under the stores' bind limits.
public enum BulkInsert {
    /// `binds` is the most values one statement carries (both stores take far more than the default).
    public static func rows(_ target: String, _ rows: [[SQLValue]], binds: Int = 6_000, on tx: any SQLExecutor) async throws {
        guard let width = rows.first?.count else { return }
        let perStatement = max(1, binds / width)
        let row = "(" + Placeholders.list(width) + ")"
        for start in stride(from: 0, to: rows.count, by: perStatement) {
            let chunk = rows[start..<min(start + perStatement, rows.count)]
            try await tx.execute(
                "INSERT INTO \(target) VALUES \(Array(repeating: row, count: chunk.count).joined(separator: ", "))", chunk.flatMap { $0 })
        }
    }
}
