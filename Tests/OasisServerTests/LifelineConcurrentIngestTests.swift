import Foundation
import OasisCore
import OasisServices
import OasisStore
import OasisTestSupport
import Testing

@Suite("Lifeline ingest from gateways at once: batches that wait for the writer together are committed together, each answered alone")
struct LifelineConcurrentIngestTests {
    /// Batch `index`: the gas sensor's readings of seconds 10·index … 10·index + 9 (value 5, under every level).
    static func batch(_ index: Int) -> [SensorReading] {
        (0..<10).map { SensorReading(sensorID: "GM-CH4", time: LifelineAPITests.start + Double(10 * index + $0), value: 5) }
    }

    @Test(
        "twelve batches sent at once: ten distinct ones stored whole, a resent one counted as duplicates against whichever came first, a bad one refused alone",
        arguments: TestStoreKind.available)
    func gateways(kind: TestStoreKind) async throws {
        try await LifelineAPITests.withRegistry(kind) { app, _ in
            let service = LifelineService(store: app.store, cases: CaseService(store: app.store))
            var batches = (0..<10).map(Self.batch)
            batches.append(Self.batch(3))
            batches.append(Self.batch(20) + [SensorReading(sensorID: "NOPE", time: LifelineAPITests.start, value: 1)])
            let outcomes = await withTaskGroup(of: (Int, Result<LifelineIngestSummary, any Error>).self) { group in
                for (index, readings) in batches.enumerated() {
                    group.addTask {
                        do {
                            return (index, .success(try await service.ingest(readings, by: .system)))
                        } catch {
                            return (index, .failure(error))
                        }
                    }
                }
                var outcomes: [Int: Result<LifelineIngestSummary, any Error>] = [:]
                for await (index, outcome) in group { outcomes[index] = outcome }
                return outcomes
            }
            var summaries: [Int: LifelineIngestSummary] = [:]
            for (index, outcome) in outcomes {
                if case .success(let summary) = outcome { summaries[index] = summary }
            }
            for index in [0, 1, 2, 4, 5, 6, 7, 8, 9] {
                #expect(summaries[index] == LifelineIngestSummary(received: 10, stored: 10, duplicates: 0, alertChanges: 0))
            }
            // Batch 3 and its resend: one stored all ten, the other none (whichever reached the writer first).
            let pair = [summaries[3], summaries[10]].compactMap { $0 }
            #expect(pair.map(\.stored).sorted() == [0, 10])
            #expect(pair.map(\.duplicates).sorted() == [0, 10])
            guard case .failure(let error as OasisError) = outcomes[11] else {
                Issue.record("the batch with an unknown sensor was not refused")
                return
            }
            #expect(error.code == "lifeline_readings_invalid")
            #expect(error.details.map(\.field) == ["readings[10].sensor"])
            #expect(try await LifelineAPITests.storedCount(app) == 100)
            let start = LifelineAPITests.start
            let minutes = try await app.store.lifeline.rollups(sensor: "GM-CH4", from: start, to: start + 3600, for: .system)
            #expect(minutes.map(\.count) == [60, 40])
        }
    }
}
