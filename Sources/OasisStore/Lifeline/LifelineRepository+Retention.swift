import Foundation
import OasisCore

/// Retention: the raw readings, the 1-minute and the 1-hour rollups are each kept for their own time; older rows are
/// deleted per sensor in chunks of at most `chunk` rows, each chunk its own short statement, so that a long backlog
/// never holds a lock ingest waits on. A run that deleted anything is audited as one system entry
/// `lifeline.retention.prune` with the counts and cut-offs.
extension LifelineRepository {
    public func prune(
        readingsBefore: Date, minutesBefore: Date, hoursBefore: Date?, chunk: Int = 10_000
    ) async throws -> LifelinePruneSummary {
        let sensors = try await database.query("SELECT id FROM lifeline_sensors ORDER BY id", []).map { try $0.int("id") }
        let readings = try await pruneTable("lifeline_readings", column: "at", before: readingsBefore, sensors: sensors, chunk: chunk)
        let minutes = try await pruneRollups(.minute, before: minutesBefore, sensors: sensors, chunk: chunk)
        var hours = 0
        if let hoursBefore { hours = try await pruneRollups(.hour, before: hoursBefore, sensors: sensors, chunk: chunk) }
        let summary = LifelinePruneSummary(
            readings: readings, minuteRollups: minutes, hourRollups: hours, readingsBefore: readingsBefore, minutesBefore: minutesBefore,
            hoursBefore: hoursBefore)
        if summary.total > 0 {
            let audit = self.audit
            let entity = readingsBefore.formatted(.iso8601)
            try await database.transaction { tx in
                _ = try await audit.append(
                    AuditChange(
                        action: "lifeline.retention.prune", entityType: "lifeline_retention", entityID: entity, before: nil as String?, after: summary
                    ),
                    by: .system, on: tx)
            }
        }
        return summary
    }

    func pruneRollups(_ resolution: LifelineRollupResolution, before: Date, sensors: [Int64], chunk: Int) async throws -> Int {
        try await pruneTable(resolution.table, column: resolution.column, before: before, sensors: sensors, chunk: chunk)
    }

    /// Deletes a table's rows older than `before`, sensor by sensor, at most `chunk` rows per statement; the count.
    func pruneTable(_ table: String, column: String, before: Date, sensors: [Int64], chunk: Int) async throws -> Int {
        let cutoff = Int64((before.timeIntervalSince1970 * 1000).rounded())
        var deleted = 0
        for sensor in sensors {
            while true {
                // The chunk's last row: every row up to it is deleted, exactly `chunk` of them as (sensor, time) is unique.
                let edge = try await database.first(
                    "SELECT \(column) AS edge FROM \(table) WHERE sensor_id = ? AND \(column) < ? ORDER BY \(column) LIMIT 1 OFFSET \(chunk - 1)",
                    [.int(sensor), .int(cutoff)]
                )?.optionalInt("edge")
                let bound = edge.map { $0 + 1 } ?? cutoff
                deleted += try await database.query(
                    "DELETE FROM \(table) WHERE sensor_id = ? AND \(column) < ? RETURNING sensor_id", [.int(sensor), .int(bound)]
                ).count
                if edge == nil { break }
            }
        }
        return deleted
    }
}
