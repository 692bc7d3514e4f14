/// The tables of an open database, read from its catalogue (SQLite's `sqlite_master` and pragmas, PostgreSQL's
/// `information_schema`), without the schema-version table (each store keeps its own history of migrations).
public enum StoreSchema {
    /// The table that records applied migrations; compared by version, never copied.
    public static let migrationsTable = "oasis_schema_migrations"

    /// Every data table, in an order where each table comes after the tables it refers to.
    public static func tables(on executor: any SQLExecutor) async throws -> [TableSchema] {
        let tables: [TableSchema]
        switch executor.dialect {
        case .sqlite: tables = try await sqliteTables(executor)
        case .postgres: tables = try await postgresTables(executor)
        }
        return ordered(tables)
    }

    /// The latest migration applied, or nil when the database has no Oasis schema.
    public static func version(on executor: any SQLExecutor) async throws -> Int? {
        let present = try await hasTable(migrationsTable, on: executor)
        guard present else { return nil }
        return try await executor.first("SELECT MAX(version) AS version FROM \(migrationsTable)")?.optionalInt("version").map(Int.init)
    }

    static func hasTable(_ name: String, on executor: any SQLExecutor) async throws -> Bool {
        let sql =
            switch executor.dialect {
            case .sqlite: "SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?"
            case .postgres:
                "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = ?"
            }
        return try await executor.first(sql, [.text(name)]) != nil
    }

    private static func sqliteTables(_ executor: any SQLExecutor) async throws -> [TableSchema] {
        let names = try await executor.query(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> ? ORDER BY name",
            [.text(migrationsTable)]
        ).map { try $0.string("name") }
        var tables: [TableSchema] = []
        for name in names {
            let rows = try await executor.query("SELECT name, type, pk FROM pragma_table_info(?) ORDER BY cid", [.text(name)])
            let columns = try rows.map { row in
                TableSchema.Column(name: try row.string("name"), kind: ColumnKind(declaredType: row.optionalString("type") ?? ""))
            }
            var table = TableSchema(name: name, columns: columns)
            table.primaryKey = try rows.filter { ($0.optionalInt("pk") ?? 0) > 0 }.sorted {
                ($0.optionalInt("pk") ?? 0) < ($1.optionalInt("pk") ?? 0)
            }
            .map { try $0.string("name") }
            for key in try await executor.query(
                "SELECT \"table\" AS parent, \"from\" AS source, \"to\" AS target FROM pragma_foreign_key_list(?)", [.text(name)])
            {
                let parent = try key.string("parent")
                table.references.insert(parent)
                if parent == name { table.selfReferences.append((try key.string("source"), key.optionalString("target") ?? "rowid")) }
            }
            tables.append(table)
        }
        return tables
    }

    private static func postgresTables(_ executor: any SQLExecutor) async throws -> [TableSchema] {
        let rows = try await executor.query(
            """
            SELECT c.table_name, c.column_name, c.data_type, c.is_identity FROM information_schema.columns c
            JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
            WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE' AND c.table_name <> ?
            ORDER BY c.table_name, c.ordinal_position
            """, [.text(migrationsTable)])
        var tables: [String: TableSchema] = [:]
        var order: [String] = []
        for row in rows {
            let name = try row.string("table_name")
            if tables[name] == nil {
                tables[name] = TableSchema(name: name, columns: [])
                order.append(name)
            }
            let column = try row.string("column_name")
            tables[name]?.columns.append(.init(name: column, kind: ColumnKind(declaredType: try row.string("data_type"))))
            if row.optionalString("is_identity") == "YES" { tables[name]?.identityColumn = column }
        }
        let keys = try await executor.query(
            """
            SELECT kcu.table_name AS child, ccu.table_name AS parent FROM information_schema.table_constraints tc
            JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = tc.constraint_name AND kcu.table_schema = tc.table_schema
            JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name AND ccu.table_schema = tc.table_schema
            WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = current_schema()
            """)
        for key in keys {
            tables[try key.string("child")]?.references.insert(try key.string("parent"))
        }
        let primaryKeys = try await executor.query(
            """
            SELECT kcu.table_name, kcu.column_name FROM information_schema.table_constraints tc
            JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = tc.constraint_name AND kcu.table_schema = tc.table_schema
            WHERE tc.constraint_type = 'PRIMARY KEY' AND tc.table_schema = current_schema()
            ORDER BY kcu.table_name, kcu.ordinal_position
            """)
        for key in primaryKeys {
            tables[try key.string("table_name")]?.primaryKey.append(try key.string("column_name"))
        }
        return order.compactMap { tables[$0] }
    }

    /// Tables sorted so that every table follows those it refers to (by name among equals, so both stores
    /// list them in the same order).
    static func ordered(_ tables: [TableSchema]) -> [TableSchema] {
        var remaining = tables.sorted { $0.name < $1.name }
        var placed: Set<String> = []
        var result: [TableSchema] = []
        while !remaining.isEmpty {
            let index =
                remaining.firstIndex { table in table.references.subtracting([table.name]).allSatisfy { placed.contains($0) } } ?? 0
            let table = remaining.remove(at: index)
            placed.insert(table.name)
            result.append(table)
        }
        return result
    }
}
