import OasisCore

/// Moves every table of one Oasis database into another, empty one at the same schema version (the embedded store
/// into PostgreSQL): in one transaction on the target, which also moves PostgreSQL's identity sequences past the
/// copied ids and compares both sides' exports (`StoreExport`) before it commits. Any difference rolls the whole
/// copy back.
public enum StoreCopier {
    /// What a copy moved: the source's export (equal to the target's, or the copy would have failed).
    public struct Report: Sendable, Codable, Equatable {
        public var export: StoreExport
        public var rowsCopied: Int
        /// `table.column` of each identity sequence moved past the copied ids.
        public var sequencesReset: [String]
    }

    /// Copies `source` into `target`; `progress` hears each table's name and row count once it is copied.
    public static func copy(
        from source: any SQLDatabase, to target: any SQLDatabase, progress: @escaping @Sendable (TableExport) -> Void = { _ in }
    ) async throws -> Report {
        let (sourceVersion, targetVersion) = (try await StoreSchema.version(on: source), try await StoreSchema.version(on: target))
        guard let sourceVersion, sourceVersion == targetVersion else {
            throw OasisError.invalid(
                code: "schema_mismatch",
                message:
                    "The source has schema version \(sourceVersion.map(String.init) ?? "none") and the target \(targetVersion.map(String.init) ?? "none"); migrate both with this oasis first."
            )
        }
        let tables = try await StoreSchema.tables(on: source)
        let targetTables = Dictionary(try await StoreSchema.tables(on: target).map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        for table in tables {
            guard let other = targetTables[table.name] else {
                throw OasisError.invalid(code: "schema_mismatch", message: "The target has no table \(table.name).")
            }
            let missing = Set(table.columns.map(\.name)).subtracting(other.columns.map(\.name))
            guard missing.isEmpty else {
                throw OasisError.invalid(
                    code: "schema_mismatch", message: "The target's \(table.name) lacks \(missing.sorted().joined(separator: ", ")).")
            }
        }
        try await requireEmpty(target)
        let export = try await StoreExport.of(source)
        let counts = Dictionary(export.tables.map { ($0.table, $0) }, uniquingKeysWith: { first, _ in first })
        return try await target.transaction { tx in
            var copied = 0
            for table in tables {
                guard let other = targetTables[table.name] else { continue }
                copied += try await copyRows(of: table, into: other, from: source, on: tx)
                if let done = counts[table.name] { progress(done) }
            }
            let sequences = try await resetSequences(Array(targetTables.values), on: tx)
            let differences = export.differences(from: try await StoreExport.of(tx))
            guard differences.isEmpty else {
                throw OasisError(
                    kind: .conflict, code: "copy_mismatch", message: "The copy differs from the source and was rolled back.",
                    details: differences.map { .init(field: "table", reason: $0) })
            }
            return Report(export: export, rowsCopied: copied, sequencesReset: sequences)
        }
    }

    /// Refuses (409) a target with rows in any table, before anything is written to it.
    public static func requireEmpty(_ target: any SQLDatabase) async throws {
        for table in try await StoreSchema.tables(on: target).map(\.name).sorted() {
            guard try await target.first("SELECT 1 AS one FROM \"\(table)\" LIMIT 1") != nil else { continue }
            throw OasisError.conflict(
                code: "target_not_empty",
                message: "The target database \(target.displayName) is not empty (table \(table) has rows); copy into a new, empty database.")
        }
    }

    /// Inserts the table's rows in multi-row statements, each value converted to the target column's kind; a
    /// table that refers to itself is written parents first.
    static func copyRows(of table: TableSchema, into target: TableSchema, from source: any SQLExecutor, on tx: any SQLExecutor) async throws -> Int {
        let kinds = Dictionary(target.columns.map { ($0.name, $0.kind) }, uniquingKeysWith: { first, _ in first })
        let columnList = table.columns.map { "\"\($0.name)\"" }.joined(separator: ", ")
        let placeholders = "(" + Array(repeating: "?", count: table.columns.count).joined(separator: ", ") + ")"
        let batch = max(1, min(500, 30_000 / max(1, table.columns.count)))
        func insert(_ rows: ArraySlice<[SQLValue]>) async throws {
            var binds: [SQLValue] = []
            binds.reserveCapacity(rows.count * table.columns.count)
            for row in rows {
                for (column, value) in zip(table.columns, row) { binds.append(kinds[column.name]?.normalise(value) ?? value) }
            }
            let values = Array(repeating: placeholders, count: rows.count).joined(separator: ", ")
            try await tx.execute("INSERT INTO \"\(table.name)\" (\(columnList)) VALUES \(values)", binds)
        }
        var count = 0
        if table.selfReferences.isEmpty {
            try await TableReader.forEachPage(of: table, on: source) { rows in
                for start in stride(from: 0, to: rows.count, by: batch) { try await insert(rows[start..<min(rows.count, start + batch)]) }
                count += rows.count
            }
        } else {
            var all: [[SQLValue]] = []
            try await TableReader.forEachPage(of: table, on: source) { all += $0 }
            let ordered = parentsFirst(all, table)
            for start in stride(from: 0, to: ordered.count, by: batch) { try await insert(ordered[start..<min(ordered.count, start + batch)]) }
            count = all.count
        }
        return count
    }

    /// Rows ordered so that a row comes after the row its self-reference points to.
    static func parentsFirst(_ rows: [[SQLValue]], _ table: TableSchema) -> [[SQLValue]] {
        let index = { (name: String) in table.columns.firstIndex { $0.name == name } }
        let links = table.selfReferences.compactMap { link in index(link.column).flatMap { from in index(link.referenced).map { (from, $0) } } }
        var placed: [Set<SQLValue>] = links.map { _ in [] }
        let present: [Set<SQLValue>] = links.map { link in Set(rows.map { $0[link.1] }) }
        var remaining = rows
        var result: [[SQLValue]] = []
        while !remaining.isEmpty {
            var next: [[SQLValue]] = []
            for row in remaining {
                let ready = links.indices.allSatisfy { i in
                    let value = row[links[i].0]
                    return value.isNull || placed[i].contains(value) || !present[i].contains(value)
                }
                if ready {
                    result.append(row)
                    for i in links.indices { placed[i].insert(row[links[i].1]) }
                } else {
                    next.append(row)
                }
            }
            // A cycle cannot be ordered: write the rest as they are and let the store say what is wrong.
            if next.count == remaining.count { return result + next }
            remaining = next
        }
        return result
    }

    /// Moves each PostgreSQL identity sequence past the largest copied id (SQLite's AUTOINCREMENT follows inserted
    /// ids by itself).
    static func resetSequences(_ tables: [TableSchema], on tx: any SQLExecutor) async throws -> [String] {
        guard tx.dialect == .postgres else { return [] }
        var reset: [String] = []
        for table in tables.sorted(by: { $0.name < $1.name }) {
            guard let column = table.identityColumn else { continue }
            _ = try await tx.query(
                "SELECT setval(pg_get_serial_sequence(?, ?), COALESCE((SELECT MAX(\"\(column)\") FROM \"\(table.name)\"), 0) + 1, false) AS value",
                [.text(table.name), .text(column)])
            reset.append("\(table.name).\(column)")
        }
        return reset
    }
}
