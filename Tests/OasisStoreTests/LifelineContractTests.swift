import Foundation
import OasisCore
import OasisStore
import OasisTestSupport
import Testing

@Suite("Lifeline contract: registry, readings with rollups, alerts and their lifecycle (both stores)")
struct LifelineContractTests {
    static let start = CalendarDay(year: 2026, month: 6, day: 1).date

    /// A line 0.01° north then 0.01° east from (87.6, 43.8): 1,111.95 m + 802.43 m by the haversine on R = 6,371,008.8 m.
    static let main = LifelineAsset(
        code: "GM-001", name: "天山区燃气中压干管 1 段", kind: .gasMain, ownerUnit: "乌鲁木齐市燃气公司", region: "650102",
        geometry: .line([
            GeoPoint(longitude: 87.6, latitude: 43.8), GeoPoint(longitude: 87.6, latitude: 43.81), GeoPoint(longitude: 87.61, latitude: 43.81),
        ]))
    static let kashgarManhole = LifelineAsset(
        code: "MH-KS-1", name: "喀什市窨井 1", kind: .manhole, ownerUnit: "喀什市城管局", region: "653101",
        geometry: .point(GeoPoint(longitude: 75.99, latitude: 39.47)))
    static let gasRule = SensorRule.threshold(
        ThresholdRule(direction: .above, limits: [.blue: 10, .yellow: 20, .orange: 25, .red: 50], hysteresis: 2))

    /// Regions, the two owner units, the two assets and one gas sensor on the main.
    static func withRegistry(
        _ kind: TestStoreKind, clock: ManualClock = ManualClock(LifelineContractTests.start), _ body: (Store, Int64) async throws -> Void
    ) async throws {
        try await TestStore.with(kind, clock: clock) { store in
            _ = try await store.regions.upsert(Fixtures.xinjiangSample, by: .system)
            try await store.cases.saveUnit(CaseUnit(name: "乌鲁木齐市燃气公司", region: "650100"), by: .system)
            try await store.cases.saveUnit(CaseUnit(name: "喀什市城管局", region: "653101"), by: .system)
            _ = try await store.lifeline.saveAssets([main, kashgarManhole], by: .system)
            _ = try await store.lifeline.saveSensors(
                [LifelineSensor(code: "GM-001-CH4", quantity: .gasConcentration, unit: "%LEL", asset: "GM-001", rules: [gasRule])], by: .system)
            let id = try #require(try await store.lifeline.sensorIndex().first { $0.sensor.code == "GM-001-CH4" }?.id)
            try await body(store, id)
        }
    }

    static func refusal(_ body: () async throws -> Void) async -> OasisError? {
        do {
            try await body()
            return nil
        } catch let error as OasisError {
            return error
        } catch {
            return nil
        }
    }

    static func ms(_ seconds: Double) -> Int64 { Int64((start.timeIntervalSince1970 + seconds) * 1000) }

    @Test(
        "assets: saved with their length from the geometry, replaced by code, scoped by region; a bad batch names each problem and writes nothing",
        arguments: TestStoreKind.available)
    func assets(kind: TestStoreKind) async throws {
        try await Self.withRegistry(kind) { store, _ in
            let all = try await store.lifeline.assets(for: .system)
            #expect(all.map(\.code) == ["GM-001", "MH-KS-1"])
            #expect(all[0].lengthMeters == 1914.38)
            #expect(all[0].geometry == Self.main.geometry)
            #expect(all[1].lengthMeters == 0)
            let urumqi = try await ScopeContractTests.principal(store, "ur-analyst", .analyst, regions: ["650100"])
            #expect(try await store.lifeline.assets(for: urumqi.access(for: .readLayers)).map(\.code) == ["GM-001"])
            #expect(try await store.lifeline.assets(region: "653100", for: .system).map(\.code) == ["MH-KS-1"])
            // Outside the writer's scope: refused, nothing written.
            var moved = Self.kashgarManhole
            moved.name = "改名"
            let forbidden = await Self.refusal { _ = try await store.lifeline.saveAssets([moved], by: urumqi.access(for: .writeLayers)) }
            #expect(forbidden?.kind == .forbidden)
            // Replacing by code counts as an update and is audited.
            var renamed = Self.main
            renamed.name = "天山区燃气中压干管 1 段（改）"
            #expect(try await store.lifeline.saveAssets([renamed], by: .system) == LifelineImportSummary(inserted: 0, updated: 1))
            let events = try await store.audit.recent(limit: 10, for: .system).filter { $0.action == "lifeline.asset.save" }
            #expect(events.count == 3)
            // An unknown unit and an unknown region, each named; the good asset of the batch is not written either.
            let good = LifelineAsset(
                code: "WM-9", name: "供水干管", kind: .waterMain, ownerUnit: "喀什市城管局", region: "653101",
                geometry: .point(GeoPoint(longitude: 76, latitude: 39.5)))
            var bad = good
            bad.code = "WM-10"
            bad.ownerUnit = "不存在的单位"
            bad.region = "659999"
            let error = await Self.refusal { _ = try await store.lifeline.saveAssets([good, bad], by: .system) }
            #expect(error?.code == "lifeline_assets_invalid")
            #expect(error?.details.map(\.field) == ["[1].region", "[1].ownerUnit"])
            #expect(try await store.lifeline.assets(for: .system).count == 2)
        }
    }

    @Test("sensors: saved with their rules; an unknown asset or a bad rule is named and nothing is written", arguments: TestStoreKind.available)
    func sensors(kind: TestStoreKind) async throws {
        try await Self.withRegistry(kind) { store, _ in
            let sensors = try await store.lifeline.sensors(for: .system)
            #expect(
                sensors == [LifelineSensor(code: "GM-001-CH4", quantity: .gasConcentration, unit: "%LEL", asset: "GM-001", rules: [Self.gasRule])])
            let pressure = LifelineSensor(code: "GM-001-P", quantity: .pressure, unit: "MPa", asset: "GM-001", rules: [])
            let orphan = LifelineSensor(code: "X-1", quantity: .level, unit: "m", asset: "NOPE", rules: [])
            let inverted = LifelineSensor(
                code: "X-2", quantity: .level, unit: "m", asset: "GM-001",
                rules: [.threshold(ThresholdRule(direction: .above, limits: [.blue: 5, .red: 3]))])
            let error = await Self.refusal { _ = try await store.lifeline.saveSensors([pressure, orphan, inverted], by: .system) }
            #expect(error?.code == "lifeline_sensors_invalid")
            #expect(error?.details.map(\.field) == ["[1].asset", "[2].rules[0].limits.red"])
            #expect(try await store.lifeline.sensors(for: .system).count == 1)
            #expect(try await store.lifeline.saveSensors([pressure], by: .system) == LifelineImportSummary(inserted: 1, updated: 0))
            #expect(try await store.lifeline.sensors(asset: "GM-001", for: .system).map(\.code) == ["GM-001-CH4", "GM-001-P"])
        }
    }

    @Test(
        "readings: a repeated (sensor, time) is ignored, a late reading is stored, and the 1-minute rollups hold exactly what was stored",
        arguments: TestStoreKind.available)
    func readingsAndRollups(kind: TestStoreKind) async throws {
        try await Self.withRegistry(kind) { store, sensor in
            let batch = [
                LifelineReadingRow(sensorID: sensor, at: Self.ms(10), value: 1), LifelineReadingRow(sensorID: sensor, at: Self.ms(50), value: 3),
                LifelineReadingRow(sensorID: sensor, at: Self.ms(65), value: 2.5),
            ]
            let first = try await store.lifeline.ingest(batch, by: .system) { _ in [] }
            #expect(first == LifelineIngestSummary(received: 3, stored: 3, duplicates: 0, alertChanges: 0))
            let again = try await store.lifeline.ingest(batch, by: .system) { inserted in
                #expect(inserted.isEmpty)
                return []
            }
            #expect(again == LifelineIngestSummary(received: 3, stored: 0, duplicates: 3, alertChanges: 0))
            // Late (before the last stored reading) and repeated within its own batch.
            let late = [
                LifelineReadingRow(sensorID: sensor, at: Self.ms(30), value: 5), LifelineReadingRow(sensorID: sensor, at: Self.ms(30), value: 7),
            ]
            #expect(try await store.lifeline.ingest(late, by: .system) { _ in [] }.stored == 1)
            let rollups = try await store.lifeline.rollups(sensor: "GM-001-CH4", from: Self.start, to: Self.start + 3600, for: .system)
            #expect(
                rollups == [
                    LifelineRollup(start: Self.start, min: 1, max: 5, mean: 3, count: 3),
                    LifelineRollup(start: Self.start + 60, min: 2.5, max: 2.5, mean: 2.5, count: 1),
                ])
            let stored = try await store.lifeline.readings(sensor: "GM-001-CH4", from: Self.start, to: Self.start + 3600, for: .system)
            #expect(stored.map(\.value) == [1, 5, 3, 2.5])
            // A failing rule evaluation leaves nothing of its batch.
            struct Broken: Error {}
            await #expect(throws: Broken.self) {
                _ = try await store.lifeline.ingest([LifelineReadingRow(sensorID: sensor, at: Self.ms(200), value: 9)], by: .system) { _ in
                    throw Broken()
                }
            }
            #expect(try await store.lifeline.readings(sensor: "GM-001-CH4", from: Self.start, to: Self.start + 3600, for: .system).count == 4)
            #expect(try await store.lifeline.rollups(sensor: "GM-001-CH4", from: Self.start, to: Self.start + 3600, for: .system).count == 2)
        }
    }

    static func change(_ sensor: Int64, _ seconds: Double, _ kind: AlertChange.Kind, _ value: Double) -> LifelineRuleChange {
        LifelineRuleChange(sensorID: sensor, rule: 0, ruleKind: .threshold, change: AlertChange(time: start + seconds, kind: kind, value: value))
    }

    @Test(
        "alerts: one per (sensor, rule) until it is closed, updated by the rule's changes; the lifecycle's steps in order, each audited",
        arguments: TestStoreKind.available)
    func alertLifecycle(kind: TestStoreKind) async throws {
        let clock = ManualClock(Self.start + 600)
        try await Self.withRegistry(kind, clock: clock) { store, sensor in
            let changes = [
                Self.change(sensor, 60, .opened(.blue), 12), Self.change(sensor, 120, .escalated(from: .blue, to: .yellow), 21),
                Self.change(sensor, 240, .eased(from: .yellow, to: .blue), 17.5), Self.change(sensor, 300, .cleared(from: .blue), 7),
                Self.change(sensor, 360, .opened(.orange), 26),
            ]
            let rows = changes.map {
                LifelineReadingRow(sensorID: $0.sensorID, at: Int64($0.change.time.timeIntervalSince1970 * 1000), value: $0.change.value!)
            }
            _ = try await store.lifeline.ingest(rows, by: .system) { _ in changes }
            let alerts = try await store.lifeline.alerts(for: .system)
            #expect(alerts.count == 1)
            let alert = try #require(alerts.first)
            #expect(alert.level == .orange)
            #expect(alert.peakLevel == .orange)
            #expect(alert.openedAt == Self.start + 60)
            #expect(alert.updatedAt == Self.start + 360)
            #expect(alert.clearedAt == nil)
            #expect(alert.lastValue == 26)
            #expect(alert.ownerUnit == "乌鲁木齐市燃气公司")
            #expect(alert.region == "650102")
            // Steps out of order are refused with 409; in order they move the alert on.
            #expect(await Self.refusal { _ = try await store.lifeline.step(alert.id, .close, order: nil, by: .system) }?.kind == .conflict)
            let acknowledged = try await store.lifeline.step(alert.id, .acknowledge, order: nil, by: .system)
            #expect(acknowledged.status == .acknowledged)
            #expect(acknowledged.acknowledgedAt == Self.start + 600)
            let order = LifelineCaseOrder(category: "E0402", deadlineMinutes: 30) { alert, asset in "alert \(alert.id) on \(asset.code)" }
            clock.advance(by: 60)
            let dispatched = try await store.lifeline.step(alert.id, .dispatch, order: order, by: .system)
            #expect(dispatched.status == .dispatched)
            let caseID = try #require(dispatched.caseID)
            let item = try #require(try await store.cases.get(caseID, for: .system))
            #expect(item.workflow.unit == "乌鲁木齐市燃气公司")
            #expect(item.status == .dispatched)
            #expect(item.category == "E0402")
            #expect(item.priority == .emergency)
            #expect(item.region == "650102")
            #expect(item.location == GeoPoint(longitude: 87.6, latitude: 43.8))
            #expect(item.description == "alert \(alert.id) on GM-001")
            #expect(item.deadlines?.resolveBy == Self.start + 660 + 1800)
            #expect(item.deadlines?.warnAt == Self.start + 660 + 1440)
            _ = try await store.lifeline.step(alert.id, .resolve, order: nil, by: .system)
            let closed = try await store.lifeline.step(alert.id, .close, order: nil, by: .system)
            #expect(closed.status == .closed)
            // Once closed, the rule's next trip opens a new alert.
            let reopen = [Self.change(sensor, 900, .opened(.red), 55)]
            _ = try await store.lifeline.ingest([LifelineReadingRow(sensorID: sensor, at: Self.ms(900), value: 55)], by: .system) { _ in reopen }
            let after = try await store.lifeline.alerts(for: .system)
            #expect(after.map(\.status) == [.open, .closed])
            #expect(after.first?.level == .red)
            let actions = try await store.audit.recent(limit: 50, for: .system).map(\.action).filter { $0.hasPrefix("lifeline.alert") }
            #expect(
                actions.sorted() == [
                    "lifeline.alert.acknowledge", "lifeline.alert.clear", "lifeline.alert.close", "lifeline.alert.dispatch", "lifeline.alert.level",
                    "lifeline.alert.level", "lifeline.alert.level", "lifeline.alert.open", "lifeline.alert.open", "lifeline.alert.resolve",
                ])
            // A user of Kashgar sees none of it.
            let kashgar = try await ScopeContractTests.principal(store, "ks-dispatcher", .dispatcher, regions: ["653100"])
            #expect(try await store.lifeline.alerts(for: kashgar.access(for: .readCases)).isEmpty)
            #expect(
                await Self.refusal { _ = try await store.lifeline.step(alert.id, .acknowledge, order: nil, by: kashgar.access(for: .dispatchCases)) }?
                    .kind == .notFound)
        }
    }

    @Test(
        "escalation: an alert nobody acknowledges goes to the district after N minutes and to the city after 2N; an acknowledged one stays",
        arguments: TestStoreKind.available)
    func escalation(kind: TestStoreKind) async throws {
        let clock = ManualClock(Self.start)
        try await Self.withRegistry(kind, clock: clock) { store, sensor in
            _ = try await store.lifeline.saveSensors(
                [LifelineSensor(code: "GM-001-P", quantity: .pressure, unit: "MPa", asset: "GM-001", rules: [Self.gasRule])], by: .system)
            let other = try #require(try await store.lifeline.sensorIndex().first { $0.sensor.code == "GM-001-P" }?.id)
            let changes = [Self.change(sensor, 0, .opened(.yellow), 21), Self.change(other, 0, .opened(.yellow), 22)]
            _ = try await store.lifeline.ingest(
                [LifelineReadingRow(sensorID: sensor, at: Self.ms(0), value: 21), LifelineReadingRow(sensorID: other, at: Self.ms(0), value: 22)],
                by: .system
            ) { _ in changes }
            let ids = try await store.lifeline.alerts(for: .system).map(\.id).sorted()
            _ = try await store.lifeline.step(ids[1], .acknowledge, order: nil, by: .system)
            #expect(try await store.lifeline.escalateOverdue(after: 5, now: Self.start + 299).isEmpty)
            let district = try await store.lifeline.escalateOverdue(after: 5, now: Self.start + 300)
            #expect(district.map(\.id) == [ids[0]])
            #expect(district.first?.escalation == .district)
            #expect(try await store.lifeline.escalateOverdue(after: 5, now: Self.start + 599).isEmpty)
            let city = try await store.lifeline.escalateOverdue(after: 5, now: Self.start + 600)
            #expect(city.map(\.escalation) == [.city])
            #expect(try await store.lifeline.escalateOverdue(after: 5, now: Self.start + 3600).isEmpty)
            #expect(try await store.lifeline.alert(ids[1], for: .system)?.escalation == .unit)
            let audited = try await store.audit.recent(limit: 50, for: .system).filter { $0.action == "lifeline.alert.escalate" }
            #expect(audited.count == 2)
        }
    }
}
