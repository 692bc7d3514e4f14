/// Every table's export and the schema version: two databases holding the same data give equal exports, whichever
/// store each is on (see `TableExport`).
public struct StoreExport: Sendable, Codable, Equatable {
    public var schemaVersion: Int?
    public var tables: [TableExport]

    public init(schemaVersion: Int?, tables: [TableExport]) {
        self.schemaVersion = schemaVersion
        self.tables = tables
    }

    /// The export of the database behind `executor` (a database or an open transaction).
    public static func of(_ executor: any SQLExecutor) async throws -> StoreExport {
        var exports: [TableExport] = []
        for table in try await StoreSchema.tables(on: executor).sorted(by: { $0.name < $1.name }) {
            exports.append(try await TableExport.of(table, on: executor))
        }
        return StoreExport(schemaVersion: try await StoreSchema.version(on: executor), tables: exports)
    }

    /// One line per table that differs between this export and `other` (missing on either side, other count or
    /// digest); empty when they are equal.
    public func differences(from other: StoreExport) -> [String] {
        var lines: [String] = []
        if schemaVersion != other.schemaVersion {
            lines.append("schema version \(schemaVersion.map(String.init) ?? "none") ≠ \(other.schemaVersion.map(String.init) ?? "none")")
        }
        let theirs = Dictionary(other.tables.map { ($0.table, $0) }, uniquingKeysWith: { first, _ in first })
        let ours = Dictionary(tables.map { ($0.table, $0) }, uniquingKeysWith: { first, _ in first })
        for table in Set(ours.keys).union(theirs.keys).sorted() {
            switch (ours[table], theirs[table]) {
            case (let mine?, let copy?) where mine.rows != copy.rows:
                lines.append("\(table): \(mine.rows) rows ≠ \(copy.rows) rows")
            case (let mine?, let copy?) where mine.digest != copy.digest:
                lines.append("\(table): same \(mine.rows) rows but different content (digest \(mine.digest.prefix(12)) ≠ \(copy.digest.prefix(12)))")
            case (_?, nil): lines.append("\(table): missing from the copy")
            case (nil, _?): lines.append("\(table): only in the copy")
            default: break
            }
        }
        return lines
    }
}
