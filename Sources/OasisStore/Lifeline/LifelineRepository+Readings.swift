import Foundation
import OasisCore

/// Readings: one transaction per batch inserts the readings (a (sensor, time) already stored is ignored, so a
/// gateway may resend), adds the new ones to the 1-minute and 1-hour rollups, runs the rules over the new ones and writes the
/// alert changes. Nothing of a batch is written unless all of it is.
extension LifelineRepository {
    /// Stores a batch. `evaluate` gets the readings that were new, sorted by sensor and time, and returns the alert
    /// changes they cause; it runs inside the transaction, so a failure of either leaves nothing written.
    public func ingest(
        _ readings: [LifelineReadingRow], by access: StoreAccess, evaluate: @Sendable ([LifelineReadingRow]) throws -> [LifelineRuleChange]
    ) async throws -> LifelineIngestSummary {
        guard !readings.isEmpty else { return LifelineIngestSummary(received: 0, stored: 0, duplicates: 0, alertChanges: 0) }
        let audit = self.audit
        return try await database.transaction { tx in
            var inserted: [LifelineReadingRow] = []
            inserted.reserveCapacity(readings.count)
            let source = tx.dialect.jsonRows(columns: [("BIGINT", "sensor_id"), ("BIGINT", "at"), (tx.dialect.doubleType, "value")])
            for start in stride(from: 0, to: readings.count, by: 20_000) {
                let chunk = readings[start..<min(start + 20_000, readings.count)]
                var json = "["
                json.reserveCapacity(chunk.count * 32)
                for (index, reading) in chunk.enumerated() {
                    if index > 0 { json += "," }
                    json += "[\(reading.sensorID),\(reading.at),\(reading.value)]"
                }
                json += "]"
                let rows = try await tx.query(
                    "INSERT INTO lifeline_readings (sensor_id, at, value) \(source) ON CONFLICT (sensor_id, at) DO NOTHING RETURNING sensor_id, at, value",
                    [.text(json)])
                for row in rows {
                    inserted.append(LifelineReadingRow(sensorID: try row.int("sensor_id"), at: try row.int("at"), value: try row.double("value")))
                }
            }
            inserted.sort { ($0.sensorID, $0.at) < ($1.sensorID, $1.at) }
            try await Self.addToRollups(inserted, on: tx)
            let changes = try evaluate(inserted)
            var summary = LifelineIngestSummary(
                received: readings.count, stored: inserted.count, duplicates: readings.count - inserted.count, alertChanges: changes.count)
            summary.touched = try await Self.apply(changes, by: access, audit: audit, on: tx)
            return summary
        }
    }

    /// Adds readings (sorted by sensor and time) to their minutes' and hours' rollups: minimum, maximum, sum and count.
    /// Only new readings come here, so a late or out-of-order reading is added to its own minute and hour exactly once.
    static func addToRollups(_ readings: [LifelineReadingRow], on tx: any SQLExecutor) async throws {
        for resolution in [LifelineRollupResolution.minute, .hour] {
            try await addToRollups(readings, resolution, on: tx)
        }
    }

    static func addToRollups(_ readings: [LifelineReadingRow], _ resolution: LifelineRollupResolution, on tx: any SQLExecutor) async throws {
        var rows: [[SQLValue]] = []
        var index = 0
        while index < readings.count {
            let first = readings[index]
            let bucket = resolution.bucket(first.at)
            var low = first.value
            var high = first.value
            var sum = 0.0
            var count: Int64 = 0
            while index < readings.count, readings[index].sensorID == first.sensorID, resolution.bucket(readings[index].at) == bucket {
                let value = readings[index].value
                low = Swift.min(low, value)
                high = Swift.max(high, value)
                sum += value
                count += 1
                index += 1
            }
            rows.append([.int(first.sensorID), .int(bucket), .double(low), .double(high), .double(sum), .int(count)])
        }
        let (least, greatest) = tx.dialect == .sqlite ? ("MIN", "MAX") : ("LEAST", "GREATEST")
        let table = resolution.table
        let column = resolution.column
        let row = "(" + Placeholders.list(6) + ")"
        for start in stride(from: 0, to: rows.count, by: 1_000) {
            let chunk = rows[start..<Swift.min(start + 1_000, rows.count)]
            try await tx.execute(
                """
                INSERT INTO \(table) (sensor_id, \(column), min_value, max_value, sum_value, count) VALUES \(Array(repeating: row, count: chunk.count).joined(separator: ", "))
                ON CONFLICT (sensor_id, \(column)) DO UPDATE SET min_value = \(least)(\(table).min_value, excluded.min_value),
                max_value = \(greatest)(\(table).max_value, excluded.max_value), sum_value = \(table).sum_value + excluded.sum_value,
                count = \(table).count + excluded.count
                """, chunk.flatMap { $0 })
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
