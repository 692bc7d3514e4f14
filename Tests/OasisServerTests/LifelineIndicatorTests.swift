import Foundation
import OasisCore
import OasisServices
import OasisStore
import OasisTestSupport
import Testing

/// LL01–LL04 worked by hand: two alerts on a 1,914.4 m gas main in Tianshan (one acknowledged after 5 minutes and
/// dispatched after 15, one acknowledged after 9), a sensor in Kashgar that never reported.
@Suite("Lifeline figures as computed indicators of the health check (both stores)")
struct LifelineIndicatorTests {
    static let start = CalendarDay(year: 2026, month: 6, day: 1).date
    static let threshold = SensorRule.threshold(ThresholdRule(direction: .above, limits: [.blue: 10, .orange: 25], hysteresis: 2))

    @Test("alerts per 100 km, minutes to acknowledge and to dispatch, sensors online; summed up the regions", arguments: TestStoreKind.available)
    func figures(kind: TestStoreKind) async throws {
        let clock = ManualClock(Self.start)
        try await TestStore.with(kind, clock: clock) { store in
            _ = try await Bootstrap.seedXinjiang(into: store)
            try await store.cases.saveUnit(CaseUnit(name: "乌鲁木齐市燃气公司", region: "650100"), by: .system)
            try await store.cases.saveUnit(CaseUnit(name: "喀什市城管局", region: "653101"), by: .system)
            // 0.01° north along the meridian (1,111.95 m), then 0.01° east at 43.81° N (802.45 m): 1,914.40 m.
            let main = LifelineAsset(
                code: "GM-001", name: "燃气中压干管", kind: .gasMain, ownerUnit: "乌鲁木齐市燃气公司", region: "650102",
                geometry: .line([
                    GeoPoint(longitude: 87.6, latitude: 43.8), GeoPoint(longitude: 87.6, latitude: 43.81),
                    GeoPoint(longitude: 87.61, latitude: 43.81),
                ]))
            let manhole = LifelineAsset(
                code: "MH-KS-1", name: "窨井", kind: .manhole, ownerUnit: "喀什市城管局", region: "653101",
                geometry: .point(GeoPoint(longitude: 75.99, latitude: 39.47)))
            _ = try await store.lifeline.saveAssets([main, manhole], by: .system)
            _ = try await store.lifeline.saveSensors(
                [
                    LifelineSensor(code: "GM-CH4", quantity: .gasConcentration, unit: "%LEL", asset: "GM-001", rules: [Self.threshold]),
                    LifelineSensor(code: "GM-CH4-B", quantity: .gasConcentration, unit: "%LEL", asset: "GM-001", rules: [Self.threshold]),
                    LifelineSensor(code: "MH-LVL", quantity: .level, unit: "m", asset: "MH-KS-1", rules: []),
                ], by: .system)
            let index = try await store.lifeline.sensorIndex()
            let first = try #require(index.first { $0.sensor.code == "GM-CH4" }?.id)
            let second = try #require(index.first { $0.sensor.code == "GM-CH4-B" }?.id)
            for (sensor, seconds) in [(first, 60.0), (second, 120.0)] {
                let change = LifelineRuleChange(
                    sensorID: sensor, rule: 0, ruleKind: .threshold,
                    change: AlertChange(time: Self.start + seconds, kind: .opened(.orange), value: 30))
                let row = LifelineReadingRow(sensorID: sensor, at: Int64((Self.start.timeIntervalSince1970 + seconds) * 1000), value: 30)
                _ = try await store.lifeline.ingest([row], by: .system) { _ in [change] }
            }
            let alerts = try await store.lifeline.alerts(for: .system)
            let alertOne = try #require(alerts.first { $0.sensor == "GM-CH4" }?.id)
            let alertTwo = try #require(alerts.first { $0.sensor == "GM-CH4-B" }?.id)
            clock.advance(by: 60 + 300) // 5 minutes after the first opened
            _ = try await store.lifeline.step(alertOne, .acknowledge, order: nil, by: .system)
            clock.advance(by: 300) // 9 minutes after the second opened (at 120 s)
            _ = try await store.lifeline.step(alertTwo, .acknowledge, order: nil, by: .system)
            clock.advance(by: 300) // 15 minutes after the first opened
            let order = LifelineCaseOrder(category: "E0402", deadlineMinutes: 30) { alert, asset in "alert \(alert.id) on \(asset.code)" }
            _ = try await store.lifeline.step(alertOne, .dispatch, order: order, by: .system)

            let codes = ["650102", "650100", "653100", "650000"]
            var regions: [Region] = []
            for code in codes { regions.append(try #require(try await store.regions.get(try RegionCode(code)))) }
            let observations = try await LifelineIndicatorSource(store: store).observations(for: regions)
            func value(_ region: String, _ indicator: String) -> Double? {
                observations.first { $0.region == region && $0.indicator == indicator && $0.period == 2026 }?.value
            }
            for region in ["650102", "650100"] {
                // 2 alerts over 1.9144 (hundred) km of main = 104.47 per 100 km.
                #expect(abs((value(region, "LL01") ?? 0) - 2 * 100_000 / 1_914.40) < 0.05, "\(region)")
                #expect(value(region, "LL02") == 7, "(5 + 9) / 2 minutes")
                #expect(value(region, "LL03") == 15)
                #expect(value(region, "LL04") == 100, "both main sensors reported within 24 hours")
            }
            // Kashgar: a manhole has no length and no alert; its sensor never reported.
            #expect(value("653100", "LL01") == nil && value("653100", "LL02") == nil)
            #expect(value("653100", "LL04") == 0)
            // Xinjiang: 2 of its 3 sensors.
            #expect(abs((value("650000", "LL04") ?? 0) - 200.0 / 3) < 1e-9)
            #expect(abs((value("650000", "LL01") ?? 0) - 2 * 100_000 / 1_914.40) < 0.05)
        }
    }
}
