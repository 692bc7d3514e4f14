import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import OasisCore
import OasisCredentials
import OasisImport
import OasisServer
import OasisServices
import OasisStore
import OasisTestSupport
import Testing

@Suite("Lifeline API: registry imports, ingest (JSON and line protocol) with the rules, alerts into the hotline loop")
struct LifelineAPITests {
    /// 2026-06-01T00:00:00Z; the server's clock stands at 00:10.
    static let start = CalendarDay(year: 2026, month: 6, day: 1).date
    static var seconds: Int { Int(start.timeIntervalSince1970) }

    static let assets = """
        {"type": "FeatureCollection", "features": [
          {"type": "Feature", "properties": {"code": "GM-1", "name": "燃气中压干管 1 段", "kind": "gas_main", "ownerUnit": "乌鲁木齐市水务局", "region": "650100"},
           "geometry": {"type": "LineString", "coordinates": [[87.6, 43.8], [87.6, 43.81], [87.61, 43.81]]}},
          {"type": "Feature", "properties": {"code": "MH-1", "name": "窨井 1", "kind": "manhole", "ownerUnit": "乌鲁木齐市水务局"},
           "geometry": {"type": "Point", "coordinates": [87.62, 43.82]}}
        ]}
        """
    static let sensors = """
        code,quantity,unit,asset,rules
        GM-CH4,gas_concentration,%LEL,GM-1,"[{""kind"":""threshold"",""direction"":""above"",""limits"":{""4"":10,""3"":20,""2"":25,""1"":50},""hysteresis"":2}]"
        MH-LVL,level,m,MH-1,
        """

    /// The demo with the two assets and two sensors, the clock at 00:10.
    static func withRegistry(
        _ kind: TestStoreKind = .sqlite, live: Bool = false, _ body: @Sendable @escaping (Harness, ManualClock) async throws -> Void
    ) async throws {
        let clock = ManualClock(start + 600)
        try await Harness.run(kind, live: live, clock: clock) { app in
            let imported = try await app.request(
                .put, "/api/v1/lifeline/assets?region=650100", token: app.analystToken, body: assets, contentType: "application/geo+json")
            #expect(imported.status == .ok, "\(imported.text)")
            #expect(try imported.json()["inserted"] as? Int == 2)
            let saved = try await app.request(.put, "/api/v1/lifeline/sensors", token: app.analystToken, body: sensors, contentType: "text/csv")
            #expect(saved.status == .ok, "\(saved.text)")
            #expect(try saved.json()["inserted"] as? Int == 2)
            try await body(app, clock)
        }
    }

    static func time(_ offset: Int) -> String { (start + TimeInterval(offset)).formatted(.iso8601) }

    static func batch(_ readings: [(String, Int, Double)]) -> String {
        "{\"readings\": [" + readings.map { "{\"sensor\": \"\($0.0)\", \"time\": \"\(time($0.1))\", \"value\": \($0.2)}" }.joined(separator: ", ")
            + "]}"
    }

    static func post(_ app: Harness, _ readings: [(String, Int, Double)]) async throws -> TestResponse {
        try await app.request(.post, "/api/v1/lifeline/readings", token: app.analystToken, json: batch(readings))
    }

    static func alerts(_ app: Harness) async throws -> [[String: Any]] {
        try await app.request(.get, "/api/v1/lifeline/alerts", token: app.adminToken).json()["items"] as? [[String: Any]] ?? []
    }

    static func storedCount(_ app: Harness) async throws -> Int {
        try await app.store.lifeline.readings(sensor: "GM-CH4", from: start - 86_400, to: start + 86_400, for: .system).count
    }

    @Test(
        "the registry over the API: lengths from the geometry, the default region, CSV sensors with their rules, a bad row named by line and column")
    func registry() async throws {
        try await Self.withRegistry { app, _ in
            let assets = try await app.request(.get, "/api/v1/lifeline/assets", token: app.analystToken).json()["items"] as? [[String: Any]] ?? []
            #expect(assets.map { $0["code"] as? String } == ["GM-1", "MH-1"])
            #expect(assets.first?["lengthMeters"] as? Double == 1914.38)
            #expect(assets.last?["region"] as? String == "650100")
            let sensors =
                try await app.request(.get, "/api/v1/lifeline/sensors?asset=GM-1", token: app.analystToken).json()["items"] as? [[String: Any]]
            #expect(sensors?.map { $0["code"] as? String } == ["GM-CH4"])
            let bad = "code,quantity,unit,asset,rules\nX-1,weight,kg,GM-1,\nX-2,level,m,NOPE,\n"
            let refused = try await app.request(.put, "/api/v1/lifeline/sensors", token: app.analystToken, body: bad, contentType: "text/csv")
            #expect(refused.status == .badRequest)
            #expect(try refused.errorDetails().map { "\($0["line"] as? Int ?? 0):\($0["column"] as? String ?? "")" } == ["2:quantity"])
            let orphan = "code,quantity,unit,asset,rules\nX-2,level,m,NOPE,\n"
            let missing = try await app.request(.put, "/api/v1/lifeline/sensors", token: app.analystToken, body: orphan, contentType: "text/csv")
            #expect(missing.status == .badRequest)
            #expect(try missing.errorDetails().first?["field"] as? String == "line 2: asset")
            #expect(try await app.store.lifeline.sensors(for: .system).count == 2)
            // A dispatcher neither reads nor writes the registry.
            let dispatcher = try await HotlineDeskTests.token(app, "registry-dispatcher", .dispatcher)
            #expect(
                try await app.request(.put, "/api/v1/lifeline/sensors", token: dispatcher, body: orphan, contentType: "text/csv").status == .forbidden
            )
            #expect(try await app.request(.get, "/api/v1/lifeline/assets", token: dispatcher).status == .forbidden)
            let unknownUnit = Self.assets.replacingOccurrences(
                of: "\"MH-1\", \"name\": \"窨井 1\", \"kind\": \"manhole\", \"ownerUnit\": \"乌鲁木齐市水务局\"",
                with: "\"MH-1\", \"name\": \"窨井 1\", \"kind\": \"manhole\", \"ownerUnit\": \"无此单位\"")
            let unit = try await app.request(
                .put, "/api/v1/lifeline/assets?region=650100", token: app.analystToken, body: unknownUnit, contentType: "application/geo+json")
            #expect(unit.status == .badRequest)
            let fields = try unit.errorDetails().map { $0["field"] as? String ?? "" }
            #expect(fields == ["$.features[1].properties.ownerUnit"])
        }
    }

    @Test(
        "a hand-made series: the alert opens, rises and eases at the exact readings; a repost changes nothing; a late reading is stored and rolled up but moves no alert"
    )
    func seriesIntoAlerts() async throws {
        try await Self.withRegistry { app, _ in
            // The threshold rule's own example: 9, 12, 21, 19, 17.5 a minute apart.
            let series: [(String, Int, Double)] = [
                ("GM-CH4", 0, 9), ("GM-CH4", 60, 12), ("GM-CH4", 120, 21), ("GM-CH4", 180, 19), ("GM-CH4", 240, 17.5),
            ]
            let first = try await Self.post(app, series)
            #expect(first.status == .ok, "\(first.text)")
            #expect(try first.json()["stored"] as? Int == 5)
            #expect(try first.json()["alertChanges"] as? Int == 3)
            var alerts = try await Self.alerts(app)
            #expect(alerts.count == 1)
            #expect(alerts.first?["openedAt"] as? String == Self.time(60))
            #expect(alerts.first?["updatedAt"] as? String == Self.time(240))
            #expect(alerts.first?["level"] as? Int == 4)
            #expect(alerts.first?["peakLevel"] as? Int == 3)
            #expect(alerts.first?["lastValue"] as? Double == 17.5)
            let again = try await Self.post(app, series)
            #expect(try again.json()["stored"] as? Int == 0)
            #expect(try again.json()["duplicates"] as? Int == 5)
            #expect(try again.json()["alertChanges"] as? Int == 0)
            // Late: 60 %LEL at 00:00:30 is kept and rolled up, but the rules have moved past it.
            let late = try await Self.post(app, [("GM-CH4", 30, 60)])
            #expect(try late.json()["stored"] as? Int == 1)
            #expect(try late.json()["alertChanges"] as? Int == 0)
            alerts = try await Self.alerts(app)
            #expect(alerts.first?["level"] as? Int == 4)
            let series0 = try await app.request(
                .get, "/api/v1/lifeline/sensors/GM-CH4/series?from=\(Self.time(0))&to=\(Self.time(120))", token: app.analystToken
            ).json()
            let rollups = series0["rollups"] as? [[String: Any]] ?? []
            #expect(rollups.map { $0["max"] as? Double } == [60, 12])
            #expect(rollups.map { $0["count"] as? Int } == [2, 1])
            #expect(rollups.first?["mean"] as? Double == 34.5)
            // Line protocol, seconds: 55 at 00:05 raises red; 8 at 00:06 clears it.
            let lines = "# gateway 7\nch4,sensor=GM-CH4 value=55 \(Self.seconds + 300)\n\nch4,sensor=GM-CH4 value=8i \(Self.seconds + 360)\n"
            let written = try await app.request(
                .post, "/api/v1/lifeline/write?precision=s", token: app.analystToken, body: lines, contentType: "text/plain; charset=utf-8")
            #expect(written.status == .ok, "\(written.text)")
            #expect(try written.json()["alertChanges"] as? Int == 2)
            alerts = try await Self.alerts(app)
            #expect(alerts.count == 1)
            #expect(alerts.first?["peakLevel"] as? Int == 1)
            #expect(alerts.first?["clearedAt"] as? String == Self.time(360))
        }
    }

    @Test("sensors as a workbook: the template lists the registry's assets; filled in and PUT as XLSX it imports; a bad row is named by its row")
    func sensorWorkbook() async throws {
        try await Self.withRegistry { app, _ in
            let template = try await app.request(.get, "/api/v1/imports/templates/lifeline-sensors.xlsx", token: app.analystToken)
            #expect(template.status == .ok)
            let bytes = Array(template.body.readableBytesView)
            let codes = try XLSXWorkbook(data: bytes).rows(sheet: "代码表").dropFirst().map(\.cells)
            #expect(codes.compactMap { $0.count > 3 ? "\($0[2]) \($0[3])" : nil } == ["GM-1 燃气中压干管 1 段", "MH-1 窨井 1"])
            func put(_ row: String, marked: Bool = false) async throws -> TestResponse {
                var headers = HTTPFields()
                headers[.authorization] = "Bearer \(app.analystToken)"
                headers[.contentType] = ImportWorkbookAPITests.xlsx
                let filled = try ImportWorkbookAPITests.filled(bytes, rows: row)
                return try await app.client.execute(
                    uri: "/api/v1/lifeline/sensors" + (marked ? "?marked=1" : ""), method: .put, headers: headers, body: ByteBuffer(bytes: filled))
            }
            let text = ImportWorkbookAPITests.text
            let saved = try await put("<row r=\"2\">" + text("A2", "MH-FLOW") + text("B2", "流量") + text("C2", "m³/h") + text("D2", "MH-1") + "</row>")
            #expect(saved.status == .ok, "\(saved.text)")
            #expect(try saved.json()["inserted"] as? Int == 1)
            #expect(try await app.store.lifeline.sensors(code: "MH-FLOW", for: .system).first?.quantity == .flow)
            let refused = try await put("<row r=\"2\">" + text("A2", "MH-X") + text("B2", "湿度") + text("C2", "%") + text("D2", "MH-1") + "</row>")
            #expect(refused.status == .badRequest)
            #expect(try refused.errorDetails().map { "\($0["row"] as? Int ?? 0):\($0["column"] as? String ?? "")" } == ["2:quantity"])
            #expect(try await app.store.lifeline.sensors(code: "MH-X", for: .system).isEmpty)
            // With ?marked=1 the refused workbook comes back with the bad cell and the message beside it.
            let marked = try await put(
                "<row r=\"2\">" + text("A2", "MH-X") + text("B2", "湿度") + text("C2", "%") + text("D2", "MH-1") + "</row>", marked: true)
            #expect(marked.status.code == 422)
            #expect(marked.headers[.contentType] == ImportWorkbookAPITests.xlsx)
            let back = try XLSXWorkbook(data: Array(marked.body.readableBytesView)).rows()
            #expect(back.first?.cells.first == "传感器编号 (code)")
            #expect(back.dropFirst().first?.cells.prefix(4) == ["MH-X", "湿度", "%", "MH-1"])
            #expect(back.dropFirst().first?.cells.last?.contains("quantity") == true, "\(back)")
            let dispatcher = try await HotlineDeskTests.token(app, "template-dispatcher", .dispatcher)
            #expect(try await app.request(.get, "/api/v1/imports/templates/lifeline-sensors.xlsx", token: dispatcher).status == .forbidden)
        }
    }

    @Test("bad batches: each refused with its 4xx naming the reading or line and the field, and nothing of the batch written")
    func badBatches() async throws {
        try await Self.withRegistry { app, _ in
            let unknown = try await Self.post(app, [("GM-CH4", 0, 9), ("GM-XX", 60, 1)])
            #expect(unknown.status == .badRequest)
            #expect(try unknown.errorCode() == "lifeline_readings_invalid")
            #expect(try unknown.errorDetails().map { $0["field"] as? String } == ["readings[1].sensor"])
            // The clock stands at 00:10: 00:15 is the last instant accepted, a second later is refused.
            let future = try await Self.post(app, [("GM-CH4", 0, 9), ("GM-CH4", 901, 9)])
            #expect(future.status == .badRequest)
            #expect(try future.errorDetails().map { $0["field"] as? String } == ["readings[1].time"])
            let notJSON = try await app.request(
                .post, "/api/v1/lifeline/readings", token: app.analystToken, json: "{\"readings\": [{\"sensor\": \"GM-CH4\"}]}")
            #expect(notJSON.status == .badRequest)
            #expect(try notJSON.errorCode() == "invalid_json")
            let lines = "ch4,sensor=GM-CH4 value=9 \(Self.seconds)\nch4,sensor=GM-CH4 value=abc \(Self.seconds + 60)\n"
            let malformed = try await app.request(
                .post, "/api/v1/lifeline/write?precision=s", token: app.analystToken, body: lines, contentType: "text/plain")
            #expect(malformed.status == .badRequest)
            #expect(try malformed.errorDetails().map { "\($0["line"] as? Int ?? 0):\($0["field"] as? String ?? "")" } == ["2:value"])
            let stranger = "ch4,sensor=GM-CH4 value=9 \(Self.seconds)\n\nch4,sensor=NOPE value=1 \(Self.seconds + 60)\n"
            let unknownLine = try await app.request(
                .post, "/api/v1/lifeline/write?precision=s", token: app.analystToken, body: stranger, contentType: "text/plain")
            #expect(unknownLine.status == .badRequest)
            #expect(try unknownLine.errorDetails().map { "\($0["line"] as? Int ?? 0):\($0["field"] as? String ?? "")" } == ["3:sensor"])
            let precision = try await app.request(
                .post, "/api/v1/lifeline/write?precision=h", token: app.analystToken, body: stranger, contentType: "text/plain")
            #expect(precision.status == .badRequest)
            #expect(try await Self.storedCount(app) == 0)
            #expect(try await Self.alerts(app).isEmpty)
            // Exactly five minutes ahead is still accepted.
            #expect(try await Self.post(app, [("GM-CH4", 900, 9)]).status == .ok)
            #expect(try await Self.storedCount(app) == 1)
            // Over the batch limit: 413, nothing written.
            let service = LifelineService(store: app.store, cases: CaseService(store: app.store), maximumBatch: 2)
            let readings = (0..<3).map { SensorReading(sensorID: "GM-CH4", time: Self.start + Double($0), value: 1) }
            await #expect(throws: OasisError.self) { _ = try await service.ingest(readings, by: .system) }
            do {
                _ = try await service.ingest(readings, by: .system)
            } catch let error as OasisError {
                #expect(error.kind == .tooLarge)
                #expect(error.code == "lifeline_batch_too_large")
            }
            #expect(try await Self.storedCount(app) == 1)
            // Overload: while 4 of a backlog of 5 readings wait, a batch of 2 gets 503 with Retry-After and nothing is
            // written; once they are stored it goes in.
            let loaded = LifelineService(store: app.store, cases: CaseService(store: app.store), maximumBatch: 5, maximumBacklog: 5)
            let two = (0..<2).map { SensorReading(sensorID: "GM-CH4", time: Self.start + 700 + Double($0), value: 1) }
            #expect(loaded.backlog.reserve(4))
            do {
                _ = try await loaded.ingest(two, by: .system)
                Issue.record("a batch past the backlog was taken")
            } catch let error as OasisError {
                #expect(error.kind == .unavailable && error.code == "lifeline_ingest_busy" && error.retryAfterSeconds == 2)
            }
            #expect(loaded.backlog.current == 4, "the refused batch took no room")
            #expect(try await Self.storedCount(app) == 1)
            loaded.backlog.release(4)
            #expect(try await loaded.ingest(two, by: .system).stored == 2)
            #expect(loaded.backlog.current == 0, "the room is given back once stored")
            #expect(try await Self.storedCount(app) == 3)
        }
    }

    @Test("a body over the server's size limit gets 413 and nothing is written")
    func oversizedBody() async throws {
        try await Harness.run(configure: { $0.maxBodyBytes = 1_024 }) { app in
            let readings = (0..<40).map { ("GM-CH4", $0, 1.0) }
            let response = try await Self.post(app, readings)
            #expect(response.status == .contentTooLarge)
            #expect(try response.errorCode() == "body_too_large")
            #expect(try await app.store.lifeline.assets(for: .system).isEmpty)
        }
    }

    @Test(
        "acknowledge → dispatch files an emergency case for the owner unit due in the configured minutes → resolve → close; wrong steps get 409 and 403"
    )
    func dispatchIntoHotline() async throws {
        try await Self.withRegistry { app, clock in
            try await app.store.settings.set(LifelineSettings.caseDeadlineKey, "45")
            _ = try await Self.post(app, [("GM-CH4", 0, 9), ("GM-CH4", 60, 30)])
            let id = try #require(try await Self.alerts(app).first?["id"] as? Int)
            let dispatcher = try await HotlineDeskTests.token(app, "duty", .dispatcher, regions: ["650100"])
            let analystTry = try await app.request(.post, "/api/v1/lifeline/alerts/\(id)/acknowledge", token: app.analystToken)
            #expect(analystTry.status == .forbidden)
            let early = try await app.request(.post, "/api/v1/lifeline/alerts/\(id)/close", token: dispatcher)
            #expect(early.status == .conflict)
            let acknowledged = try await app.request(.post, "/api/v1/lifeline/alerts/\(id)/acknowledge", token: dispatcher)
            #expect(try acknowledged.json()["status"] as? String == "acknowledged")
            clock.advance(by: 120)
            let dispatched = try await app.request(.post, "/api/v1/lifeline/alerts/\(id)/dispatch", token: dispatcher)
            #expect(dispatched.status == .ok, "\(dispatched.text)")
            let body = try dispatched.json()
            #expect(body["status"] as? String == "dispatched")
            #expect(body["dispatchedAt"] as? String == Self.time(720))
            let caseID = try #require(body["caseID"] as? Int)
            let item = try await app.request(.get, "/api/v1/cases/\(caseID)", token: app.adminToken).json()
            #expect((item["workflow"] as? [String: Any])?["unit"] as? String == "乌鲁木齐市水务局")
            #expect((item["workflow"] as? [String: Any])?["status"] as? String == "dispatched")
            #expect(item["category"] as? String == "E0402")
            #expect(item["priority"] as? String == "emergency")
            #expect(item["region"] as? String == "650100")
            #expect((item["deadlines"] as? [String: Any])?["resolveBy"] as? String == Self.time(720 + 45 * 60))
            #expect((item["description"] as? String)?.contains("GM-CH4") == true)
            #expect(try await app.request(.post, "/api/v1/lifeline/alerts/\(id)/dispatch", token: dispatcher).status == .conflict)
            #expect(try await app.request(.post, "/api/v1/lifeline/alerts/\(id)/resolve", token: dispatcher).status == .ok)
            let closed = try await app.request(.post, "/api/v1/lifeline/alerts/\(id)/close", token: dispatcher)
            #expect(try closed.json()["status"] as? String == "closed")
            let kashgar = try await HotlineDeskTests.token(app, "ks-duty", .dispatcher, regions: ["653100"])
            #expect(try await app.request(.get, "/api/v1/lifeline/alerts/\(id)", token: kashgar).status == .notFound)
            let actions = try await app.store.audit.recent(limit: 100, for: .system).map(\.action)
            for step in ["acknowledge", "dispatch", "resolve", "close"] { #expect(actions.contains("lifeline.alert.\(step)")) }
            #expect(actions.contains("case.register"))
        }
    }

    @Test("escalation on the moved clock: unacknowledged → district after 5 minutes → city after 10; the rules' state is rebuilt after a restart")
    func escalationAndRestart() async throws {
        try await Self.withRegistry { app, clock in
            let service = LifelineService(store: app.store, cases: CaseService(store: app.store))
            // Opens orange at 00:10 (the clock's now).
            let opened = try await service.ingest(
                [
                    SensorReading(sensorID: "GM-CH4", time: Self.start + 540, value: 9),
                    SensorReading(sensorID: "GM-CH4", time: Self.start + 600, value: 30),
                ],
                by: .system)
            #expect(opened.alertChanges == 1)
            clock.advance(by: 299)
            #expect(try await service.escalate().isEmpty)
            clock.advance(by: 1)
            #expect(try await service.escalate().map(\.escalation) == [.district])
            clock.advance(by: 300)
            #expect(try await service.escalate().map(\.escalation) == [.city])
            // A new service stands for a restarted server: it takes up the orange alert, so 26 (within the hysteresis of
            // 25) changes nothing and 22 eases it to yellow.
            let restarted = LifelineService(store: app.store, cases: CaseService(store: app.store))
            #expect(try await restarted.ingest([SensorReading(sensorID: "GM-CH4", time: Self.start + 660, value: 26)], by: .system).alertChanges == 0)
            #expect(try await restarted.ingest([SensorReading(sensorID: "GM-CH4", time: Self.start + 720, value: 22)], by: .system).alertChanges == 1)
            let alert = try #require(try await app.store.lifeline.alerts(for: .system).first)
            #expect(alert.level == .yellow)
            #expect(alert.peakLevel == .orange)
            #expect(alert.escalation == .city)
        }
    }

    @Test("the lifeline page: the alert queue with the steps a duty officer may take, the assets table; a step from the page moves the alert")
    func page() async throws {
        try await Self.withRegistry { app, _ in
            _ = try await Self.post(app, [("GM-CH4", 0, 9), ("GM-CH4", 60, 30)])
            let id = try #require(try await Self.alerts(app).first?["id"] as? Int)
            let session = try await app.browserSession()
            let page = try await app.request(.get, "/lifeline?lang=en", headers: [.cookie: session.cookies, .accept: "text/html"])
            #expect(page.status == .ok)
            let html = page.text
            #expect(html.contains("id=\"alert-\(id)\""))
            #expect(html.contains("Level II (orange)"))
            #expect(html.contains(">Acknowledge</button>"))
            #expect(html.contains(">Dispatch</button>"))
            #expect(!html.contains(">Close</button>"))
            #expect(html.contains("id=\"asset-table\""))
            #expect(html.contains("1914.38") || html.contains("1,914.4") || html.contains("1914.4"))
            #expect(html.contains("href=\"/lifeline\""))
            // The map: the main in the orange of its open alert, the manhole without an alert in green.
            #expect(html.contains("id=\"asset-map\""))
            #expect(html.contains("data-category=\"level:2\"><title translate=\"no\">GM-1 "))
            #expect(html.contains("data-category=\"normal\"><title translate=\"no\">MH-1 "))
            #expect(html.contains("Normal (no alert)"))
            // The sensor's page: its two minutes as a line, its four threshold limits dashed; an unknown sensor is a 404.
            #expect(html.contains("href=\"/lifeline/sensors/GM-CH4\""))
            let sensorPage = try await app.request(
                .get, "/lifeline/sensors/GM-CH4?lang=en", headers: [.cookie: session.cookies, .accept: "text/html"])
            #expect(sensorPage.status == .ok)
            #expect(sensorPage.text.contains("<polyline class=\"series\""))
            #expect(sensorPage.text.components(separatedBy: "class=\"threshold\"").count - 1 == 4)
            #expect(sensorPage.text.contains("Level II (orange) 25"))
            let nowhere = try await app.request(.get, "/lifeline/sensors/NO-SUCH", headers: [.cookie: session.cookies, .accept: "text/html"])
            #expect(nowhere.status == .notFound)
            let stepped = try await app.request(
                .post, "/lifeline/alerts/\(id)/step", headers: [.cookie: session.cookies, .accept: "text/html"],
                body: "csrf=\(session.csrf)&step=acknowledge", contentType: "application/x-www-form-urlencoded")
            #expect(stepped.status == .found)
            #expect(try await app.store.lifeline.alert(Int64(id), for: .system)?.status == .acknowledged)
            let again = try await app.request(
                .post, "/lifeline/alerts/\(id)/step", headers: [.cookie: session.cookies, .accept: "text/html"],
                body: "csrf=\(session.csrf)&step=acknowledge", contentType: "application/x-www-form-urlencoded")
            #expect(again.status == .conflict)
            #expect(again.text.contains("id=\"lifeline-problem\""))
            let chinese = try await app.request(.get, "/lifeline?lang=zh-Hans", headers: [.cookie: session.cookies, .accept: "text/html"])
            #expect(chinese.text.contains("报警队列"))
            #expect(chinese.text.contains(">派遣</button>"))
        }
    }
}
