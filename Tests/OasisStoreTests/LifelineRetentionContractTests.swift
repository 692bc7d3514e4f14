import Foundation
import OasisCore
import OasisStore
import OasisTestSupport
import Testing

@Suite("Lifeline retention contract: 1-minute and 1-hour rollups with a late reading, the hourly back-fill, pruning in chunks (both stores)")
struct LifelineRetentionContractTests {
    static let start = LifelineContractTests.start

    static func row(_ sensor: Int64, _ seconds: Double, _ value: Double) -> LifelineReadingRow {
        LifelineReadingRow(sensorID: sensor, at: LifelineContractTests.ms(seconds), value: value)
    }

    static func rollups(_ store: Store, _ resolution: LifelineRollupResolution) async throws -> [LifelineRollup] {
        try await store.lifeline.rollups(sensor: "GM-001-CH4", from: start - 86_400, to: start + 86_400, resolution: resolution, for: .system)
    }

    static func rollup(_ seconds: Double, _ min: Double, _ max: Double, _ mean: Double, _ count: Int) -> LifelineRollup {
        LifelineRollup(start: start + seconds, min: min, max: max, mean: mean, count: count)
    }

    @Test(
        "a hand-made series with a late reading and a repeat: each minute's and hour's min, max, mean and count exactly",
        arguments: TestStoreKind.available)
    func rollupsWithALateReading(kind: TestStoreKind) async throws {
        try await LifelineContractTests.withRegistry(kind) { store, id in
            _ = try await store.lifeline.ingest(
                [Self.row(id, 10, 5), Self.row(id, 40, 7), Self.row(id, 90, 3), Self.row(id, 3599, 10), Self.row(id, 3600, 20)], by: .system
            ) { _ in [] }
            // Late (00:00:20, before what was stored), a repeat of 00:00:40 (ignored: 7 stays) and one more in the second hour.
            let late = try await store.lifeline.ingest([Self.row(id, 20, 1), Self.row(id, 40, 99), Self.row(id, 5400, 4)], by: .system) { _ in [] }
            #expect(late.stored == 2 && late.duplicates == 1)
            // Minute 0: 5, 7, 1; minute 1: 3; minute 59: 10; minute 60: 20; minute 90: 4.
            #expect(
                try await Self.rollups(store, .minute) == [
                    Self.rollup(0, 1, 7, 13.0 / 3, 3), Self.rollup(60, 3, 3, 3, 1), Self.rollup(3540, 10, 10, 10, 1),
                    Self.rollup(3600, 20, 20, 20, 1), Self.rollup(5400, 4, 4, 4, 1),
                ])
            // Hour 0: 5, 7, 3, 10, 1 (sum 26); hour 1: 20, 4.
            #expect(try await Self.rollups(store, .hour) == [Self.rollup(0, 1, 10, 5.2, 5), Self.rollup(3600, 4, 20, 12, 2)])
        }
    }

    @Test("migration 16 back-fills the hourly rollups from the minute rollups already stored", arguments: TestStoreKind.available)
    func backFill(kind: TestStoreKind) async throws {
        try await TestStore.with(kind, migrate: false) { store in
            _ = try await Migrator(database: store.database, migrations: Migrations.all.filter { $0.version < 16 }).migrate()
            let base = LifelineContractTests.ms(0)
            // Sensor 7: two minutes of hour 0 and one of hour 1; sensor 8: one minute an hour before 1970 (floored to -1 h).
            for (sensor, minute, low, high, sum, count) in [
                (Int64(7), base, 2.0, 6.0, 12.0, Int64(3)), (7, base + 600_000, 1, 9, 10, 2), (7, base + 3_600_000, 4, 4, 4, 1),
                (8, -1_800_000, 3, 5, 8, 2),
            ] {
                try await store.database.execute(
                    "INSERT INTO lifeline_rollups_minute (sensor_id, minute, min_value, max_value, sum_value, count) VALUES (?, ?, ?, ?, ?, ?)",
                    [.int(sensor), .int(minute), .double(low), .double(high), .double(sum), .int(count)])
            }
            try await store.migrate()
            let rows = try await store.database.query(
                "SELECT sensor_id, hour, min_value, max_value, sum_value, count FROM lifeline_rollups_hour ORDER BY sensor_id, hour", [])
            let found = try rows.map {
                "\(try $0.int("sensor_id")) \(try $0.int("hour")) \(try $0.double("min_value")) \(try $0.double("max_value")) \(try $0.double("sum_value")) \(try $0.int("count"))"
            }
            #expect(found == ["7 \(base) 1.0 9.0 22.0 5", "7 \(base + 3_600_000) 4.0 4.0 4.0 1", "8 -3600000 3.0 5.0 8.0 2"])
        }
    }

    @Test(
        "pruning deletes exactly the rows older than each cut-off, in chunks, and records one audit entry per run",
        arguments: TestStoreKind.available)
    func pruning(kind: TestStoreKind) async throws {
        try await LifelineContractTests.withRegistry(kind) { store, id in
            // Readings each 20 minutes from 00:00 to 05:00 (16), so minutes 0, 20 … 300 and hours 0 … 5.
            let readings = stride(from: 0.0, through: 18_000, by: 1200).map { Self.row(id, $0, $0 / 60) }
            _ = try await store.lifeline.ingest(readings, by: .system) { _ in [] }
            // Raw readings before 02:00 (6 of them), minute rollups before 01:00 (3), hour rollups before 01:00 (1).
            let summary = try await store.lifeline.prune(
                readingsBefore: Self.start + 7200, minutesBefore: Self.start + 3600, hoursBefore: Self.start + 3600, chunk: 4)
            #expect(summary.readings == 6 && summary.minuteRollups == 3 && summary.hourRollups == 1)
            let kept = try await store.lifeline.readings(sensor: "GM-001-CH4", from: Self.start - 86_400, to: Self.start + 86_400, for: .system)
            #expect(kept.map(\.time) == stride(from: 7200.0, through: 18_000, by: 1200).map { Self.start + $0 })
            #expect(try await Self.rollups(store, .minute).map(\.start) == stride(from: 3600.0, through: 18_000, by: 1200).map { Self.start + $0 })
            #expect(try await Self.rollups(store, .hour).map(\.start) == stride(from: 3600.0, through: 18_000, by: 3600).map { Self.start + $0 })
            // Nothing left to delete: no second audit entry; hourly rollups kept for ever when no cut-off is given.
            let again = try await store.lifeline.prune(readingsBefore: Self.start + 7200, minutesBefore: Self.start + 3600, hoursBefore: nil)
            #expect(again.total == 0)
            let audited = try await store.audit.recent(limit: 50, for: .system).filter { $0.action == "lifeline.retention.prune" }
            #expect(audited.count == 1)
        }
    }
}
