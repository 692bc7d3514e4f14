/// Lifeline retention: the 1-hour rollups (`lifeline_rollups_hour`: min, max, sum and count per sensor and hour,
/// written in the same transaction as the readings and their 1-minute rollups), so that a long chart outlives the
/// raw readings and the minute rollups, which are pruned after their retention. Back-filled from the minute rollups
/// already stored (an hour is the sum of its minutes: the least minimum, the greatest maximum, the sums and counts
/// added).
enum Migration016LifelineRetention {
    /// The start of the hour of a minute column in milliseconds, floored also before 1970 (SQL's % keeps the sign).
    static let hourOfMinute = "minute - ((minute % 3600000) + 3600000) % 3600000"

    static let migration = Migration(version: 16, description: "lifeline: 1-hour rollups, back-filled from the 1-minute rollups") { dialect in
        [
            """
            CREATE TABLE lifeline_rollups_hour (
                sensor_id BIGINT NOT NULL,
                hour BIGINT NOT NULL,
                min_value DOUBLE PRECISION NOT NULL,
                max_value DOUBLE PRECISION NOT NULL,
                sum_value DOUBLE PRECISION NOT NULL,
                count BIGINT NOT NULL,
                PRIMARY KEY (sensor_id, hour)
            )\(dialect.clusteredByPrimaryKey)
            """,
            """
            INSERT INTO lifeline_rollups_hour (sensor_id, hour, min_value, max_value, sum_value, count)
            SELECT sensor_id, \(hourOfMinute) AS hour, MIN(min_value), MAX(max_value), SUM(sum_value), SUM(count)
            FROM lifeline_rollups_minute GROUP BY sensor_id, \(hourOfMinute)
            """,
        ]
    }
}
