import VaporCSQLite

/// The lifeline ingest's statements on the embedded store's writer: one prepared statement stepped per reading (or
/// rollup row), bound straight from the values. No JSON to parse, no statement journal (each statement writes one
/// row) and, for readings, each insert says itself whether the reading was new.
extension RawSQLiteConnection {
    /// Inserts readings in the order given (`sql` takes sensor, time and value and ignores a stored (sensor, time));
    /// returns those that were new, in that order.
    func insertReadings(_ readings: [LifelineReadingRow], sql: String) throws -> [LifelineReadingRow] {
        try withStatement(sql) { statement in
            var inserted: [LifelineReadingRow] = []
            inserted.reserveCapacity(readings.count)
            for reading in readings {
                sqlite_nio_sqlite3_bind_int64(statement, 1, reading.sensorID)
                sqlite_nio_sqlite3_bind_int64(statement, 2, reading.at)
                sqlite_nio_sqlite3_bind_double(statement, 3, reading.value)
                guard sqlite_nio_sqlite3_step(statement) == SQLITE_DONE else { throw error(sql) }
                if sqlite_nio_sqlite3_changes(handle) > 0 { inserted.append(reading) }
                sqlite_nio_sqlite3_reset(statement)
            }
            return inserted
        }
    }

    /// Adds rollup deltas (`sql` takes sensor, bucket, least, greatest, sum and count and merges into a stored row).
    func addRollups(_ deltas: [LifelineRollupDelta], sql: String) throws {
        try withStatement(sql) { statement in
            for delta in deltas {
                sqlite_nio_sqlite3_bind_int64(statement, 1, delta.sensorID)
                sqlite_nio_sqlite3_bind_int64(statement, 2, delta.bucket)
                sqlite_nio_sqlite3_bind_double(statement, 3, delta.min)
                sqlite_nio_sqlite3_bind_double(statement, 4, delta.max)
                sqlite_nio_sqlite3_bind_double(statement, 5, delta.sum)
                sqlite_nio_sqlite3_bind_int64(statement, 6, delta.count)
                guard sqlite_nio_sqlite3_step(statement) == SQLITE_DONE else { throw error(sql) }
                sqlite_nio_sqlite3_reset(statement)
            }
        }
    }
}
