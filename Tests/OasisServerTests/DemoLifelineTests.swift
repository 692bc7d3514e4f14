import Foundation
import OasisCore
import OasisServices
import OasisStore
import OasisTestSupport
import Testing

@Suite("The demo's lifeline safety in Kashgar: registry, a day of readings, one yellow alert, two graded hazard sources")
struct DemoLifelineTests {
    @Test("seeding the demo registers Kashgar's mains, bridge and sensors, stores 24 h of readings and opens one level III alert")
    func seeded() async throws {
        // 2026-12-03 10:00 CST; the readings end at this minute.
        let now = Date(timeIntervalSince1970: 1_796_263_200)
        try await TestStore.with(.sqlite, clock: ManualClock(now)) { store in
            var configuration = ServerConfiguration()
            configuration.bcryptCost = 4
            _ = try await Bootstrap(store: store, configuration: configuration).run(adminPassword: "admin-password-1", logger: TestStore.logger)
            let assets = try await store.lifeline.assets(for: .system)
            #expect(Set(assets.map(\.code)) == ["KS-GM-01", "KS-MH-01", "KS-WM-01", "KS-BR-01"])
            #expect(assets.allSatisfy { $0.region == "653101" && $0.ownerUnit == "喀什市城管局" })
            // The water main runs due north from 39.460° to 39.475°: 0.015° of latitude is 1,667.9 m on R = 6,371,008.8 m.
            let water = try #require(assets.first { $0.code == "KS-WM-01" })
            #expect(abs(water.lengthMeters - 0.015 * .pi / 180 * 6_371_008.8) < 0.01)

            // 1,440 minutes × 3 sensors. The methane ends at 4 + 14 × 1.2 = 20.8 %LEL: above level III's 20, below II's 25.
            let alerts = try await store.lifeline.alerts(for: .system)
            #expect(alerts.count == 1)
            let alert = try #require(alerts.first)
            #expect(alert.sensor == "KS-CH4-01" && alert.level == .yellow && alert.status == .open && alert.lastValue == 20.8)
            #expect(alert.ownerUnit == "喀什市城管局")
            let rollups = try await store.lifeline.rollups(
                sensor: "KS-WP-01", from: now.addingTimeInterval(-86_400), to: now.addingTimeInterval(60), for: .system)
            #expect(rollups.count == 1_440 && rollups.allSatisfy { $0.count == 1 })
            #expect(rollups.allSatisfy { $0.min > 0.33 && $0.max < 0.43 }, "the water pressure stays around 0.38 MPa, no alert")

            // GB 18218-2018: LPG 150 t / Q 50 t = 3, β 1.5, 120 people α 2.0 → R = 9 (grade 4);
            // chlorine 10 t / Q 5 t = 2, β 4, 60 people α 1.5 → R = 12 (grade 3).
            let sources = try await MajorHazardService(store: store).sources(by: .system)
            let figures = Dictionary(uniqueKeysWithValues: sources.compactMap { source in source.figures.map { (source.code, $0) } })
            #expect(abs((figures["HZ-KS-LPG"]?.r ?? 0) - 9) < 1e-9 && figures["HZ-KS-LPG"]?.grade == .four)
            #expect(abs((figures["HZ-KS-CL"]?.r ?? 0) - 12) < 1e-9 && figures["HZ-KS-CL"]?.grade == .three)
        }
    }
}
