import Foundation
import Logging
import OasisCore
import OasisServices
import OasisStore
import OasisTestSupport
import Testing

@Suite("Background analyses in the store: one active job per city, cancelling within scope, resuming after a restart")
struct AnalysisJobStoreTests {
    static func network(in folder: URL) throws -> AnalysisJobNetwork {
        let upload = try AnalysisNetworkUpload(folder: folder.path, name: "street.osm", maxBytes: 1 << 20)
        try upload.append(Array(AnalysisJobAPITests.street.utf8))
        return try upload.finish()
    }

    static func job(_ region: String, _ network: AnalysisJobNetwork, analyses: [String] = ["access", "shelters"], at date: Date) -> AnalysisJob {
        AnalysisJob(region: region, period: 2026, analyses: analyses, network: network, createdByID: nil, createdBy: "system", createdAt: date)
    }

    @Test(
        "a job of a city refuses one of its district, of the province above and of the city itself; a sibling city may run",
        arguments: TestStoreKind.available)
    func oneActiveJobPerCity(kind: TestStoreKind) async throws {
        let folder = AnalysisJobAPITests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try await TestStore.with(kind) { store in
            _ = try await Bootstrap.seedXinjiang(into: store)
            let network = try Self.network(in: folder)
            let urumqi = try await store.analysisJobs.create(Self.job("650100", network, at: Date()), by: .system)
            #expect(urumqi.state == .queued)
            for region in ["650102", "650000", "650100"] {
                await #expect(throws: OasisError.self) { try await store.analysisJobs.create(Self.job(region, network, at: Date()), by: .system) }
            }
            let karamay = try await store.analysisJobs.create(Self.job("650200", network, at: Date()), by: .system)
            #expect(try await store.analysisJobs.active(overlapping: "650102")?.id == urumqi.id)
            // A user whose scope is Karamay cannot see or cancel Urumqi's job.
            let karamayUser = Principal(kind: .user, userID: 99, username: "k", role: .admin, scope: AccessScope(regions: [try RegionCode("650200")]))
            await #expect(throws: OasisError.self) { try await store.analysisJobs.cancel(urumqi.id, by: karamayUser.access(for: .writeIndicators)) }
            #expect(try await store.analysisJobs.cancel(karamay.id, by: karamayUser.access(for: .writeIndicators)).state == .cancelled)
            // Once ended, the city may run again.
            #expect(try await store.analysisJobs.start(urumqi.id))
            try await store.analysisJobs.finish(urumqi.id, state: .failed, message: "test", by: .system)
            #expect(try await store.analysisJobs.create(Self.job("650102", network, at: Date()), by: .system).state == .queued)
            #expect(try await store.analysisJobs.get(urumqi.id)?.message == "test")
        }
    }

    @Test(
        "a job whose server stopped after recording access is taken over once its heart has stopped for a minute and runs only the shelters; a released job at once",
        arguments: TestStoreKind.available)
    func resumes(kind: TestStoreKind) async throws {
        let folder = AnalysisJobAPITests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let clock = ManualClock(Date(timeIntervalSince1970: 1_790_000_000))
        try await TestStore.with(kind, clock: clock) { store in
            _ = try await Bootstrap.seedXinjiang(into: store)
            try await AccessAnalysisFixture.seed(into: store)
            let network = try Self.network(in: folder)
            let job = try await store.analysisJobs.create(Self.job("650100", network, at: clock.now()), by: .system)
            // A server took it, recorded the access analysis and stopped.
            #expect(try await store.analysisJobs.start(job.id))
            #expect(try await store.analysisJobs.recorded(job.id, analyses: ["access"], result: "{}"))
            let runner = AnalysisJobRunner(store: store, folder: folder.path, logger: Logger(label: "test"))
            #expect(try await runner.resume() == 0)
            clock.advance(by: 61)
            #expect(try await runner.resume() == 1)
            await runner.waitForRunningJobs()
            let done = try #require(try await store.analysisJobs.get(job.id))
            #expect(done.state == .succeeded, "\(done.message ?? "")")
            #expect(done.recorded == ["access", "shelters"])
            #expect(try await store.analysisResults.figures(indicators: ["P04"]).isEmpty)
            // U22: Tianshan 800 m² for its 400 residents.
            let u22 = try await store.analysisResults.figures(indicators: ["U22"]).first { $0.region == "650102" }
            #expect(u22?.numerator == 800 && u22?.denominator == 400)

            // A server that lets go of its job at a graceful shutdown: the next start takes it at once.
            let second = try await store.analysisJobs.create(Self.job("650100", network, analyses: ["access"], at: clock.now()), by: .system)
            #expect(try await store.analysisJobs.start(second.id))
            try await store.analysisJobs.release([second.id])
            #expect(try await runner.resume() == 1)
            await runner.waitForRunningJobs()
            #expect(try await store.analysisJobs.get(second.id)?.state == .succeeded)
            // Tianshan: the kindergarten within 300 m of 100 of its 400 residents.
            let p04 = try await store.analysisResults.figures(indicators: ["P04"]).first { $0.region == "650102" }
            #expect(p04?.numerator == 100 && p04?.denominator == 400)
            // The walking network was built once and kept beside the file.
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(network.sha256 + ".oasisnet").path))
        }
    }
}
