import Foundation
import NIOPosix
import OasisCore

/// Indicator values per region, indicator and period. Writes are bulk upserts in one transaction that
/// leave identical values untouched, so re-importing a file changes nothing; each value keeps its source and
/// the import that wrote it. An import is one audit event (file, hash, counts), not one per value.
public struct IndicatorValueRepository: Sendable {
    let database: any SQLDatabase
    let audit: AuditLog
    let clock: any OasisClock

    /// Rows per INSERT statement: each statement carries its rows as one JSON bind (see `SQLDialect.jsonRows`).
    static let rowsPerStatement = 50_000

    /// Writes values as one import; returns the import record. Every region must lie inside
    /// the access's scope (the caller asked for `write_indicators`).
    public func write(
        _ values: [IndicatorValueRecord], fileName: String, format: String, sha256: String, rowCount: Int, rejected: Int,
        by access: StoreAccess
    ) async throws -> ValueImportRecord {
        try await requireScope(Set(values.map(\.region)), access: access)
        let now = clock.now()
        let audit = self.audit
        if let sqlite = database as? SQLiteStore {
            return try await sqlite.bulkTransaction { connection, tx in
                let importID = try await Self.startImport(
                    fileName: fileName, format: format, sha256: sha256, rowCount: rowCount,
                    rejected: rejected, now: now, access: access, on: tx)
                let written = try await NIOThreadPool.singleton.runIfActive {
                    try connection.upsertValues(values[...], importID: importID, sql: Self.preparedUpsert)
                }
                return try await Self.finishImport(
                    importID: importID, written: written, fileName: fileName, format: format, sha256: sha256,
                    rowCount: rowCount, rejected: rejected, now: now, audit: audit, access: access, on: tx)
            }
        }
        return try await database.transaction { tx in
            let importID = try await Self.startImport(
                fileName: fileName, format: format, sha256: sha256, rowCount: rowCount,
                rejected: rejected, now: now, access: access, on: tx)
            // The JSON of the next batch is built while the database writes the current one.
            var written = 0
            let batches = stride(from: 0, to: values.count, by: Self.rowsPerStatement).map { $0..<min($0 + Self.rowsPerStatement, values.count) }
            var pending = batches.isEmpty ? "" : Self.jsonRows(values[batches[0]])
            for (number, _) in batches.enumerated() {
                let json = pending
                async let next = number + 1 < batches.count ? Self.jsonRows(values[batches[number + 1]]) : ""
                written += try await Self.upsert(json: json, importID: importID, on: tx)
                pending = await next
            }
            return try await Self.finishImport(
                importID: importID, written: written, fileName: fileName, format: format, sha256: sha256,
                rowCount: rowCount, rejected: rejected, now: now, audit: audit, access: access, on: tx)
        }
    }

    /// The single-row upsert the SQLite bulk path prepares once and steps per value.
    static let preparedUpsert = """
        INSERT INTO indicator_values (region_code, indicator_code, period, value, source, import_id) VALUES (?, ?, ?, ?, ?, ?)
        ON CONFLICT (region_code, indicator_code, period) DO UPDATE SET value = excluded.value, source = excluded.source,
        import_id = excluded.import_id WHERE indicator_values.value <> excluded.value OR indicator_values.source <> excluded.source
        """

    /// Records a new import (its count of written values follows in `finishImport`) and returns its id.
    static func startImport(
        fileName: String, format: String, sha256: String, rowCount: Int, rejected: Int, now: Date, access: StoreAccess, on tx: any SQLExecutor
    ) async throws -> Int64 {
        try await tx.insertReturningID(
            """
            INSERT INTO value_imports (file_name, format, sha256, row_count, written, rejected, actor_name, created_at)
            VALUES (?, ?, ?, ?, 0, ?, ?, ?)
            """,
            [.text(fileName), .text(format), .text(sha256), .int(Int64(rowCount)), .int(Int64(rejected)), .text(access.username), SQLValue(now)]
        )
    }

    /// Records the count and the audit event of an import, inside its transaction.
    static func finishImport(
        importID: Int64, written: Int, fileName: String, format: String, sha256: String, rowCount: Int, rejected: Int, now: Date,
        audit: AuditLog, access: StoreAccess, on tx: any SQLExecutor
    ) async throws -> ValueImportRecord {
        try await tx.execute("UPDATE value_imports SET written = ? WHERE id = ?", [.int(Int64(written)), .int(importID)])
        let record = ValueImportRecord(
            id: importID, fileName: fileName, format: format, sha256: sha256, rowCount: rowCount,
            written: written, rejected: rejected, actorName: access.username,
            createdAt: now.wholeMilliseconds)
        try await audit.append(
            AuditChange(action: "values.import", entityType: "value_import", entityID: String(importID), before: NoState?.none, after: record),
            by: access, on: tx
        )
        return record
    }

    /// Values as JSON rows `[[region, indicator, period, value, source], …]` for `upsert(json:)`.
    static func jsonRows(_ values: ArraySlice<IndicatorValueRecord>) -> String {
        var json = "["
        json.reserveCapacity(values.count * 48)
        var first = true
        for value in values {
            if !first { json += "," }
            first = false
            json += "["
            JSONText.appendString(value.region, to: &json)
            json += ","
            JSONText.appendString(value.indicator, to: &json)
            json += ",\(value.period),\(value.value.isFinite ? "\(value.value)" : "null"),"
            JSONText.appendString(value.source, to: &json)
            json += "]"
        }
        return json + "]"
    }

    /// One multi-row upsert of JSON rows; returns how many rows it inserted or changed. Identical values are
    /// left alone, so re-importing a file writes nothing.
    static func upsert(json: String, importID: Int64, on tx: any SQLExecutor) async throws -> Int {
        let rows = tx.dialect.jsonRows(columns: [
            ("TEXT", "region_code"), ("TEXT", "indicator_code"), ("BIGINT", "period"), (tx.dialect.doubleType, "value"), ("TEXT", "source"),
        ])
        let sql = """
            INSERT INTO indicator_values (region_code, indicator_code, period, value, source, import_id)
            SELECT r.region_code, r.indicator_code, r.period, r.value, r.source, \(importID) FROM (\(rows)) AS r WHERE true
            ON CONFLICT (region_code, indicator_code, period) DO UPDATE SET value = excluded.value, source = excluded.source,
            import_id = excluded.import_id WHERE indicator_values.value <> excluded.value OR indicator_values.source <> excluded.source
            """
        return try await tx.written(sql, [.text(json)])
    }

    /// Values as observations for evaluation: of the given regions, optionally up to a period.
    public func observations(regions: [String], upTo period: Int? = nil, for access: StoreAccess) async throws -> [IndicatorObservation] {
        guard !regions.isEmpty else { return [] }
        let filter = ScopeFilter(access: access, column: "region_code")
        var observations: [IndicatorObservation] = []
        for chunk in stride(from: 0, to: regions.count, by: 500) {
            let slice = regions[chunk..<min(chunk + 500, regions.count)]
            let marks = Placeholders.list(slice.count)
            var sql = "SELECT region_code, indicator_code, period, value FROM indicator_values WHERE region_code IN (\(marks)) AND \(filter.sql)"
            var binds = slice.map { SQLValue.text($0) } + filter.binds
            if let period {
                sql += " AND period <= ?"
                binds.append(.int(Int64(period)))
            }
            for row in try await database.query(sql, binds) {
                observations.append(
                    IndicatorObservation(
                        region: try row.string("region_code"), indicator: try row.string("indicator_code"),
                        period: Int(try row.int("period")), value: try row.double("value")
                    ))
            }
        }
        return observations
    }

    /// The stored values of one region (all periods), with provenance.
    /// A region's values; refused (403), as its evaluation is, when the region lies outside the reader's scope.
    public func values(region: String, for access: StoreAccess) async throws -> [IndicatorValueRecord] {
        try await requireScope([region], access: access)
        let filter = ScopeFilter(access: access, column: "region_code")
        return try await database.query(
            "SELECT * FROM indicator_values WHERE region_code = ? AND \(filter.sql) ORDER BY indicator_code, period",
            [.text(region)] + filter.binds
        ).map {
            IndicatorValueRecord(
                region: try $0.string("region_code"), indicator: try $0.string("indicator_code"), period: Int(try $0.int("period")),
                value: try $0.double("value"), source: try $0.string("source"), importID: $0.optionalInt("import_id"))
        }
    }

    /// The periods that have values.
    public func periods() async throws -> [Int] {
        try await database.query("SELECT DISTINCT period FROM indicator_values ORDER BY period").map { Int(try $0.int("period")) }
    }

    public func imports(limit: Int = 50) async throws -> [ValueImportRecord] {
        try await database.query("SELECT * FROM value_imports ORDER BY id DESC LIMIT ?", [.int(Int64(limit))]).map {
            ValueImportRecord(
                id: try $0.int("id"), fileName: try $0.string("file_name"), format: try $0.string("format"),
                sha256: try $0.string("sha256"), rowCount: Int(try $0.int("row_count")), written: Int(try $0.int("written")),
                rejected: Int(try $0.int("rejected")), actorName: try $0.string("actor_name"), createdAt: try $0.date("created_at"))
        }
    }

    func requireScope(_ regions: Set<String>, access: StoreAccess) async throws {
        guard !access.scope.coversAllRegions else { return }
        let filter = ScopeFilter(access: access, column: "code")
        let allowed = Set(try await database.query("SELECT code FROM regions WHERE \(filter.sql)", filter.binds).map { try $0.string("code") })
        let outside = regions.subtracting(allowed).sorted()
        guard outside.isEmpty else {
            throw OasisError.forbidden("Regions outside your scope: \(outside.prefix(10).joined(separator: ", "))\(outside.count > 10 ? " …" : "").")
        }
    }
}
