import Foundation
import OasisCore

/// Readings: one transaction stores one batch, or several that waited for the writer together (a group commit:
/// one sync for all of them). It inserts the readings (a (sensor, time) already stored is ignored, so a gateway may
/// resend), adds the new ones to the 1-minute and 1-hour rollups, runs the rules over the new ones and writes the
/// alert changes. Nothing of a transaction is written unless all of it is.
extension LifelineRepository {
    /// Stores a batch. `evaluate` gets the readings that were new, sorted by sensor and time, and returns the alert
    /// changes they cause; it runs inside the transaction, so a failure of either leaves nothing written.
    public func ingest(
        _ readings: [LifelineReadingRow], by access: StoreAccess, evaluate: @Sendable ([LifelineReadingRow]) throws -> [LifelineRuleChange]
    ) async throws -> LifelineIngestSummary {
        guard !readings.isEmpty else { return LifelineIngestSummary(received: 0, stored: 0, duplicates: 0, alertChanges: 0) }
        return try await ingest([LifelineReadingBatch(readings, by: access)]) { _, inserted in try evaluate(inserted) }[0]
    }

    /// Stores batches in one transaction, in order (each audited as its sender's), and returns each one's summary as if
    /// it had been stored alone: a reading that an earlier batch of the group (or the store) already holds counts as
    /// that batch's duplicate, and `evaluate` gets each batch's new readings in turn (with the index of the batch), so
    /// the rules see the batches one after the other. A failure anywhere leaves none of them written.
    public func ingest(
        _ batches: [LifelineReadingBatch], evaluate: @Sendable (Int, [LifelineReadingRow]) throws -> [LifelineRuleChange]
    ) async throws -> [LifelineIngestSummary] {
        let audit = self.audit
        return try await database.transaction { tx in
            var summaries: [LifelineIngestSummary] = []
            var added: [LifelineReadingRow] = []
            for (index, batch) in batches.enumerated() {
                let inserted = try await Self.insert(batch, on: tx)
                let changes = try evaluate(index, inserted)
                var summary = LifelineIngestSummary(
                    received: batch.rows.count, stored: inserted.count, duplicates: batch.rows.count - inserted.count, alertChanges: changes.count)
                summary.touched = try await Self.apply(changes, by: batch.access, audit: audit, on: tx)
                summaries.append(summary)
                added += inserted
            }
            if batches.count > 1 { added.sort { ($0.sensorID, $0.at) < ($1.sensorID, $1.at) } }
            try await Self.addToRollups(added, on: tx)
            return summaries
        }
    }

    /// Inserts a batch's readings and returns those that were new (by sensor and time). On the embedded store each
    /// reading is one step of a prepared statement, which tells whether it was new. Elsewhere readings go in chunks of
    /// JSON rows: the usual batch holds no reading already stored, and counting what each insert wrote tells so
    /// without reading every row back; only a chunk where some were already there is taken back (to its savepoint)
    /// and inserted again, returning the new ones.
    static func insert(_ batch: LifelineReadingBatch, on tx: any SQLExecutor) async throws -> [LifelineReadingRow] {
        func insertSQL(from source: String) -> String {
            "INSERT INTO lifeline_readings (sensor_id, at, value) \(source) ON CONFLICT (sensor_id, at) DO NOTHING"
        }
        if let raw = tx as? RawSQLiteExecutor { return try raw.connection.insertReadings(batch.rows, sql: insertSQL(from: "VALUES (?, ?, ?)")) }
        let insert = insertSQL(from: tx.dialect.jsonRows(columns: [("BIGINT", "sensor_id"), ("BIGINT", "at"), (tx.dialect.doubleType, "value")]))
        var inserted: [LifelineReadingRow] = []
        inserted.reserveCapacity(batch.rows.count)
        for start in stride(from: 0, to: batch.rows.count, by: 20_000) {
            let rows = batch.rows[start..<min(start + 20_000, batch.rows.count)]
            var json = "["
            json.reserveCapacity(rows.count * 32)
            for (index, reading) in rows.enumerated() {
                if index > 0 { json += "," }
                json += "[\(reading.sensorID),\(reading.at),\(reading.value)]"
            }
            json += "]"
            try await tx.execute("SAVEPOINT lifeline_chunk", [])
            if try await tx.written(insert, [.text(json)]) == rows.count {
                inserted += rows
            } else {
                try await tx.execute("ROLLBACK TO SAVEPOINT lifeline_chunk", [])
                for row in try await tx.query(insert + " RETURNING sensor_id, at, value", [.text(json)]) {
                    inserted.append(LifelineReadingRow(sensorID: try row.int("sensor_id"), at: try row.int("at"), value: try row.double("value")))
                }
                inserted.sort { ($0.sensorID, $0.at) < ($1.sensorID, $1.at) }
            }
            try await tx.execute("RELEASE SAVEPOINT lifeline_chunk", [])
        }
        return inserted
    }

    /// Adds readings (sorted by sensor and time) to their minutes' and hours' rollups: minimum, maximum, sum and count.
    /// Only new readings come here, so a late or out-of-order reading is added to its own minute and hour exactly once.
    static func addToRollups(_ readings: [LifelineReadingRow], on tx: any SQLExecutor) async throws {
        for resolution in [LifelineRollupResolution.minute, .hour] {
            try await addToRollups(LifelineRollupDelta.of(readings, resolution), resolution, on: tx)
        }
    }

    static func addToRollups(_ deltas: [LifelineRollupDelta], _ resolution: LifelineRollupResolution, on tx: any SQLExecutor) async throws {
        let (least, greatest) = tx.dialect == .sqlite ? ("MIN", "MAX") : ("LEAST", "GREATEST")
        let table = resolution.table
        let column = resolution.column
        func upsert(rows: Int) -> String {
            let row = "(" + Placeholders.list(6) + ")"
            return """
                INSERT INTO \(table) (sensor_id, \(column), min_value, max_value, sum_value, count) VALUES \(Array(repeating: row, count: rows).joined(separator: ", "))
                ON CONFLICT (sensor_id, \(column)) DO UPDATE SET min_value = \(least)(\(table).min_value, excluded.min_value),
                max_value = \(greatest)(\(table).max_value, excluded.max_value), sum_value = \(table).sum_value + excluded.sum_value,
                count = \(table).count + excluded.count
                """
        }
        if let raw = tx as? RawSQLiteExecutor { return try raw.connection.addRollups(deltas, sql: upsert(rows: 1)) }
        for start in stride(from: 0, to: deltas.count, by: 1_000) {
            let chunk = deltas[start..<Swift.min(start + 1_000, deltas.count)]
            try await tx.execute(
                upsert(rows: chunk.count),
                chunk.flatMap { [.int($0.sensorID), .int($0.bucket), .double($0.min), .double($0.max), .double($0.sum), .int($0.count)] })
        }
    }

    /// A sensor's readings in `[from, to)`, oldest first, at most `limit`.
    public func readings(sensor code: String, from: Date, to: Date, limit: Int = 10_000, for access: StoreAccess) async throws -> [SensorReading] {
        let (scope, binds) = Self.assetScope(access)
        return try await database.query(
            """
            SELECT r.at, r.value FROM lifeline_readings r JOIN lifeline_sensors s ON s.id = r.sensor_id JOIN lifeline_assets a ON a.id = s.asset_id
            WHERE s.code = ? AND r.at >= ? AND r.at < ? AND \(scope) ORDER BY r.at LIMIT \(limit)
            """, [.text(code), SQLValue(from), SQLValue(to)] + binds
        ).map { SensorReading(sensorID: code, time: try $0.date("at"), value: try $0.double("value")) }
    }

    /// The time of a sensor's latest reading, nil when it has none (or the access may not see it).
    public func lastReading(sensor code: String, for access: StoreAccess) async throws -> Date? {
        let (scope, binds) = Self.assetScope(access)
        let row = try await database.first(
            """
            SELECT MAX(r.at) AS last FROM lifeline_readings r JOIN lifeline_sensors s ON s.id = r.sensor_id JOIN lifeline_assets a ON a.id = s.asset_id
            WHERE s.code = ? AND \(scope)
            """, [.text(code)] + binds)
        return row?.optionalInt("last").map { Date(timeIntervalSince1970: Double($0) / 1000) }
    }

    /// A sensor's 1-minute (or 1-hour) rollups whose bucket starts in `[from, to)`, oldest first.
    public func rollups(
        sensor code: String, from: Date, to: Date, resolution: LifelineRollupResolution = .minute, for access: StoreAccess
    ) async throws -> [LifelineRollup] {
        let (scope, binds) = Self.assetScope(access)
        let column = resolution.column
        return try await database.query(
            """
            SELECT m.\(column) AS bucket, m.min_value, m.max_value, m.sum_value, m.count
            FROM \(resolution.table) m JOIN lifeline_sensors s ON s.id = m.sensor_id JOIN lifeline_assets a ON a.id = s.asset_id
            WHERE s.code = ? AND m.\(column) >= ? AND m.\(column) < ? AND \(scope) ORDER BY m.\(column)
            """, [.text(code), SQLValue(from), SQLValue(to)] + binds
        ).map { row in
            let count = try row.int("count")
            return LifelineRollup(
                start: try row.date("bucket"), min: try row.double("min_value"), max: try row.double("max_value"),
                mean: try row.double("sum_value") / Double(count), count: Int(count))
        }
    }

    /// The time of the latest reading of each of some sensors (by store id) that has one.
    public func lastReadingTimes(sensorIDs: [Int64]) async throws -> [Int64: Date] {
        // One query per 500 sensors; each sensor's latest reading is one step down the (sensor_id, at) index, where a
        // GROUP BY over the readings would read them all.
        let rows = try await KeyedRows.query(sensorIDs, bind: { .int($0) }, on: database) {
            "SELECT s.id, (SELECT MAX(r.at) FROM lifeline_readings r WHERE r.sensor_id = s.id) AS last FROM lifeline_sensors s WHERE s.id IN (\($0))"
        }
        var found: [Int64: Date] = [:]
        for row in rows {
            if let last = row.optionalInt("last") { found[try row.int("id")] = Date(timeIntervalSince1970: Double(last) / 1000) }
        }
        return found
    }

    /// Every sensor's readings since an instant, by sensor and time: what the rules' state is rebuilt from at start.
    public func recentReadings(since: Date) async throws -> [LifelineReadingRow] {
        try await database.query("SELECT sensor_id, at, value FROM lifeline_readings WHERE at >= ? ORDER BY sensor_id, at", [SQLValue(since)]).map {
            LifelineReadingRow(sensorID: try $0.int("sensor_id"), at: try $0.int("at"), value: try $0.double("value"))
        }
    }
}
