import Foundation
import Logging
import OasisCore
import OasisServices
import OasisStore
import OasisTestSupport
import Testing

/// Two servers on one database: what one loads (a calendar, a taxonomy) the other's watcher puts in use at its next
/// look, and not before; a look that finds nothing changed reloads nothing.
@Suite("Shared data across servers: the calendars, the taxonomy and the routing follow another server's writes")
struct SharedDataWatcherTests {
    @Test(
        "server B's deadlines use a calendar server A loaded once B's watcher has looked; its taxonomy follows A's too",
        .timeLimit(.minutes(8)), arguments: TestStoreKind.available)
    func followsOtherServer(kind: TestStoreKind) async throws {
        let clock = ManualClock(CalendarAPITests.cst("2026-12-24", 10))
        let test = try await TestStore.make(kind)
        // Two handles on one SQLite file wait for each other's writes; under the suite's parallel load a write can
        // wait longer than the default 10 s, which is not what this test is about.
        let storeA = try await test.open(clock: clock, lockWait: .seconds(60))
        let storeB = try await test.open(clock: clock, lockWait: .seconds(60))
        do {
            try await storeA.migrate()
            _ = try await Bootstrap.seedXinjiang(into: storeA)
            try await storeA.cases.setRoutingRule(category: "C0601", region: "650100", unit: "天山区城管局", by: .system)
            let serverA = CaseService(store: storeA)
            let serverB = CaseService(store: storeB)
            let watcherB = SharedDataWatcher(
                store: storeB, calendars: serverB.calendars, taxonomy: serverB.box, logger: TestStore.logger)
            #expect(
                try await watcherB.check() == [.caseRouting],
                "only the regions and a routing rule were written before B looked: B renews its routing data, nothing else")
            #expect(try await watcherB.check() == [], "nothing changed since: the look reloads nothing")

            let input = CaseInput(requestType: "RT03", category: "C0601", description: "其他设施损坏", region: "650102")
            // Hand-worked in CalendarAPITests: 7 working days from Thu 24 December 2026, 10:00 CST, end on
            // 4 January 2027 without the 2027 calendar and on 5 January with 1–3 January off.
            #expect(try await serverB.submit(input, channel: "api", by: .system).deadlines?.resolveBy == CalendarAPITests.cst("2027-01-04", 18))
            try await CalendarService(store: storeA, box: serverA.calendars).load(json: Array(CalendarAPITests.national2027.utf8), by: .system)
            #expect(try await serverA.submit(input, channel: "api", by: .system).deadlines?.resolveBy == CalendarAPITests.cst("2027-01-05", 18))
            #expect(
                try await serverB.submit(input, channel: "api", by: .system).deadlines?.resolveBy == CalendarAPITests.cst("2027-01-04", 18),
                "B keeps its calendars until its watcher looks")
            #expect(try await watcherB.check() == [.calendars])
            let after = try await serverB.submit(input, channel: "api", by: .system)
            #expect(after.deadlines?.resolveBy == CalendarAPITests.cst("2027-01-05", 18))
            #expect(after.deadlines?.provisionalYears == nil)
            #expect(try await watcherB.check() == [], "unchanged: nothing reloaded")

            var taxonomy = CaseTaxonomy.builtIn
            taxonomy.version = "test-shared-2"
            _ = try await serverA.replaceTaxonomy(json: taxonomy.encodedJSON(), by: .system)
            #expect(serverB.taxonomy.version == CaseTaxonomy.builtIn.version)
            #expect(try await watcherB.check() == [.caseTaxonomy])
            #expect(serverB.taxonomy.version == "test-shared-2")

            // A third server starting now reloads, at its first look, what was changed before it started.
            let watcherC = SharedDataWatcher(
                store: storeB, calendars: CalendarBox(), taxonomy: CaseTaxonomyBox(.builtIn), logger: TestStore.logger)
            #expect(try await watcherC.check() == [.calendars, .caseTaxonomy, .caseRouting])
            #expect(watcherC.taxonomy.current.taxonomy.version == "test-shared-2")

            // Routing is answered from memory: B keeps the rule it loaded until its watcher sees A's new one, while A's
            // own write is in use at once.
            #expect(try await serverB.submit(input, channel: "api", by: .system).workflow.unit == "天山区城管局")
            try await storeA.cases.setRoutingRule(category: "C0601", region: "650102", unit: "天山区市政所", by: .system)
            #expect(try await serverA.submit(input, channel: "api", by: .system).workflow.unit == "天山区市政所")
            #expect(
                try await serverB.submit(input, channel: "api", by: .system).workflow.unit == "天山区城管局",
                "B keeps its routing until its watcher looks")
            #expect(try await watcherB.check() == [.caseRouting])
            #expect(try await serverB.submit(input, channel: "api", by: .system).workflow.unit == "天山区市政所")

            // The regions list's fingerprint (its ETag) is worked out again only after a change: A's new district at
            // once on A, on B when its watcher has looked.
            let printBefore = try await storeB.regions.fingerprint()
            #expect(try await storeA.regions.fingerprint() == printBefore)
            let district = Region(
                code: try RegionCode("650199"), parentCode: try RegionCode("650100"), level: .county, nameZh: "测试区", nameEn: "Test District")
            _ = try await storeA.regions.upsert([district], by: .system)
            let printAfter = try await storeA.regions.fingerprint()
            #expect(printAfter != printBefore)
            #expect(try await storeB.regions.fingerprint() == printBefore, "B answers from memory until its watcher looks")
            #expect(try await watcherB.check() == [.caseRouting])
            #expect(try await storeB.regions.fingerprint() == printAfter)
        } catch {
            await storeA.close()
            await storeB.close()
            await test.remove()
            throw error
        }
        await storeA.close()
        await storeB.close()
        await test.remove()
    }
}
