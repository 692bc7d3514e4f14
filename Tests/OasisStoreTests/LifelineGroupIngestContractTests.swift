import Foundation
import OasisCore
import OasisStore
import OasisTestSupport
import Synchronization
import Testing

@Suite("Lifeline contract: batches stored together in one transaction (a group commit) keep each batch's own summary (both stores)")
struct LifelineGroupIngestContractTests {
    static func row(_ sensor: Int64, _ seconds: Double, _ value: Double) -> LifelineReadingRow {
        LifelineReadingRow(sensorID: sensor, at: LifelineContractTests.ms(seconds), value: value)
    }

    @Test(
        "three batches in one transaction: each counts as duplicates what the store or an earlier batch holds, the rules see them in turn, the rollups count every reading once",
        arguments: TestStoreKind.available)
    func grouped(kind: TestStoreKind) async throws {
        try await LifelineContractTests.withRegistry(kind) { store, sensor in
            _ = try await store.lifeline.ingest([Self.row(sensor, 5, 0.5)], by: .system) { _ in [] }
            let first = LifelineReadingBatch([Self.row(sensor, 20, 2), Self.row(sensor, 10, 1)], by: .system)
            // 20 s is the first batch's, 5 s the store's; 30 s is new.
            let second = LifelineReadingBatch([Self.row(sensor, 20, 99), Self.row(sensor, 30, 3), Self.row(sensor, 5, 7)], by: .system)
            // 40 s twice within the batch: the first one given is kept.
            let third = LifelineReadingBatch([Self.row(sensor, 40, 4), Self.row(sensor, 40, 5)], by: .system)
            let seen = Mutex<[[Double]]>([])
            let summaries = try await store.lifeline.ingest([first, second, third]) { index, inserted in
                seen.withLock { $0.append([Double(index)] + inserted.map(\.value)) }
                return []
            }
            #expect(
                summaries == [
                    LifelineIngestSummary(received: 2, stored: 2, duplicates: 0, alertChanges: 0),
                    LifelineIngestSummary(received: 3, stored: 1, duplicates: 2, alertChanges: 0),
                    LifelineIngestSummary(received: 2, stored: 1, duplicates: 1, alertChanges: 0),
                ])
            // Each batch's new readings, by time, batch after batch.
            #expect(seen.withLock { $0 } == [[0, 1, 2], [1, 3], [2, 4]])
            let start = LifelineContractTests.start
            let stored = try await store.lifeline.readings(sensor: "GM-001-CH4", from: start, to: start + 3600, for: .system)
            #expect(stored.map(\.value) == [0.5, 1, 2, 3, 4])
            // 0.5 + 1 + 2 + 3 + 4 = 10.5 over 5 readings.
            #expect(
                try await store.lifeline.rollups(sensor: "GM-001-CH4", from: start, to: start + 3600, for: .system)
                    == [LifelineRollup(start: start, min: 0.5, max: 4, mean: 2.1, count: 5)])
        }
    }

    @Test("a failure in the second batch of a group leaves none of the group written", arguments: TestStoreKind.available)
    func failedGroup(kind: TestStoreKind) async throws {
        try await LifelineContractTests.withRegistry(kind) { store, sensor in
            struct Broken: Error {}
            let batches = [
                LifelineReadingBatch([Self.row(sensor, 10, 1)], by: .system), LifelineReadingBatch([Self.row(sensor, 20, 2)], by: .system),
            ]
            await #expect(throws: Broken.self) {
                _ = try await store.lifeline.ingest(batches) { index, _ in
                    if index == 1 { throw Broken() }
                    return []
                }
            }
            let start = LifelineContractTests.start
            let readings = try await store.lifeline.readings(sensor: "GM-001-CH4", from: start, to: start + 3600, for: .system)
            let rollups = try await store.lifeline.rollups(sensor: "GM-001-CH4", from: start, to: start + 3600, for: .system)
            #expect(readings.isEmpty)
            #expect(rollups.isEmpty)
        }
    }

    @Test(
        "25,000 readings with one stored already, past the first 20,000 (PostgreSQL inserts them in chunks of 20,000 and takes that chunk back): exactly the new ones are stored and judged",
        arguments: TestStoreKind.available)
    func chunks(kind: TestStoreKind) async throws {
        try await LifelineContractTests.withRegistry(kind) { store, sensor in
            // One reading a second: 25,000 of them span two chunks of 20,000; the one at 22,000 s is stored already.
            _ = try await store.lifeline.ingest([Self.row(sensor, 22_000, -1)], by: .system) { _ in [] }
            let rows = (0..<25_000).map { Self.row(sensor, Double($0), Double($0 % 7)) }
            let counted = Mutex(0)
            let summary = try await store.lifeline.ingest(rows, by: .system) { inserted in
                counted.withLock { $0 = inserted.count }
                #expect(zip(inserted, inserted.dropFirst()).allSatisfy { $0.at < $1.at })
                #expect(!inserted.contains { $0.value == -1 || $0.at == LifelineContractTests.ms(22_000) })
                return []
            }
            #expect(summary == LifelineIngestSummary(received: 25_000, stored: 24_999, duplicates: 1, alertChanges: 0))
            #expect(counted.withLock { $0 } == 24_999)
            let start = LifelineContractTests.start
            let hours = try await store.lifeline.rollups(sensor: "GM-001-CH4", from: start, to: start + 86_400, resolution: .hour, for: .system)
            #expect(hours.reduce(0) { $0 + $1.count } == 25_000)
        }
    }
}
