import Foundation
import HTTPTypes
import HummingbirdTesting
import Logging
import NIOCore
import OasisCore
import OasisCredentials
import OasisImport
import OasisServer
import OasisServices
import OasisStore
import OasisTestSupport
import Testing

@Suite("The handle-on-complaint loop over the API: every state, scope by unit, duplicates, metrics")
struct CaseAPITests {
    /// Tokens of the people who work the loop.
    struct Crew {
        var citizen: String
        var dispatcher: String
        var unitA: String
        var unitB: String
        var unitC: String
        var supervisor: String
    }

    static func crew(_ app: Harness) async throws -> Crew {
        let identity = IdentityService(store: app.store, hasher: PasswordHasher(cost: 4))
        func token(_ name: String, _ role: Role, units: [String] = []) async throws -> String {
            let user = try await identity.createUser(
                username: name, displayName: name, role: role, scope: AccessScope(units: units),
                password: "password-\(name)-1", by: .system)
            return try await identity.issueToken(for: user.id, name: "test", by: .system).token
        }
        // The crew's units beside the demo's in the register (cases are dispatched only to registered units).
        for name in ["沙区城管局", "水务局"] { try await app.store.cases.saveUnit(CaseUnit(name: name), by: .system) }
        return Crew(
            citizen: try await token("citizen", .citizen), dispatcher: try await token("dispatcher", .dispatcher),
            unitA: try await token("unit-a", .unitHandler, units: ["天山区城管局"]), unitB: try await token("unit-b", .unitHandler, units: ["沙区城管局"]),
            unitC: try await token("unit-c", .unitHandler, units: ["水务局"]), supervisor: try await token("supervisor", .supervisor))
    }

    static let report =
        #"{"category": "C0101", "requestType": "RT03", "description": "井盖缺失，有人险些踩空", "longitude": 87.6168, "latitude": 43.8256, "region": "650102", "reporter": {"name": "王女士", "phone": "13800000000"}}"#

    static func step(_ app: Harness, _ id: Int, _ token: String, _ json: String) async throws -> TestResponse {
        try await app.request(.post, "/api/v1/cases/\(id)/events", token: token, json: json)
    }

    static func status(_ response: TestResponse) throws -> String? {
        (try response.json()["workflow"] as? [String: Any])?["status"] as? String
    }

    @Test(
        "one case goes through every state: dispatch, return, re-dispatch, rework, close, follow-up, evaluation, reopen, merge",
        arguments: TestStoreKind.available)
    func everyState(kind: TestStoreKind) async throws {
        try await Harness.run(kind) { app in
            let crew = try await Self.crew(app)
            let created = try await app.request(.post, "/api/v1/cases", token: crew.citizen, json: Self.report)
            #expect(created.status == .created)
            #expect(try Self.status(created) == "registered")
            #expect(try created.json()["reporter"] == nil, "a citizen's own view carries no contact through the role filter")
            let id = try #require(try created.json()["id"] as? Int)

            let dispatched = try await Self.step(app, id, crew.dispatcher, #"{"event": "dispatch", "unit": "天山区城管局"}"#)
            #expect(try Self.status(dispatched) == "dispatched")
            #expect((try dispatched.json()["deadlines"] as? [String: Any])?["resolveBy"] != nil)
            #expect((try dispatched.json()["reporter"] as? [String: Any])?["phone"] as? String == "13800000000")

            // Another unit sees nothing of it, through any route.
            #expect(try await app.request(.get, "/api/v1/cases/\(id)", token: crew.unitB).status == .notFound)
            #expect(try await Self.step(app, id, crew.unitB, #"{"event": "accept"}"#).status == .notFound)
            let listB = try await app.request(.get, "/api/v1/cases", token: crew.unitB)
            #expect(try listB.json()["total"] as? Int == 0)
            #expect(try await app.request(.get, "/api/v1/cases/\(id)/events", token: crew.unitB).status == .notFound)

            #expect(try Self.status(try await Self.step(app, id, crew.unitA, #"{"event": "return", "reason": "不属于本单位职责"}"#)) == "returned")
            #expect(
                try await app.request(.get, "/api/v1/cases/\(id)", token: crew.unitA).status == .notFound,
                "a case returned unhandled is no longer the unit's")
            #expect(try Self.status(try await Self.step(app, id, crew.dispatcher, #"{"event": "dispatch", "unit": "天山区城管局"}"#)) == "dispatched")
            #expect(try Self.status(try await Self.step(app, id, crew.unitA, #"{"event": "accept"}"#)) == "handling")
            #expect(try Self.status(try await Self.step(app, id, crew.unitA, #"{"event": "report_back", "summary": "已补装井盖"}"#)) == "reported_back")
            #expect(try Self.status(try await Self.step(app, id, crew.dispatcher, #"{"event": "verify_fail", "reason": "井盖规格不符"}"#)) == "dispatched")
            _ = try await Self.step(app, id, crew.unitA, #"{"event": "accept"}"#)
            _ = try await Self.step(app, id, crew.unitA, #"{"event": "report_back", "summary": "更换为标准井盖"}"#)
            let closed = try await Self.step(app, id, crew.dispatcher, #"{"event": "verify_pass", "closure": "resolved"}"#)
            #expect(try Self.status(closed) == "closed")
            #expect((try closed.json()["workflow"] as? [String: Any])?["reworkCount"] as? Int == 1)

            // A step the state does not allow is refused and changes nothing.
            let early = try await Self.step(app, id, crew.dispatcher, #"{"event": "evaluate"}"#)
            #expect(early.status == .conflict)
            #expect(try early.errorCode() == "invalid_transition")
            #expect(try await Self.step(app, id, crew.citizen, #"{"event": "dispatch", "unit": "x"}"#).status == .forbidden)

            #expect(
                try Self.status(
                    try await Self.step(
                        app, id, crew.dispatcher, #"{"event": "follow_up", "contacted": true, "resolved": true, "satisfaction": "satisfied"}"#))
                    == "followed_up")
            #expect(try Self.status(try await Self.step(app, id, crew.dispatcher, #"{"event": "evaluate"}"#)) == "evaluated")
            let reopened = try await Self.step(app, id, crew.dispatcher, #"{"event": "reopen", "reason": "市民反映井盖又松动"}"#)
            #expect(try Self.status(reopened) == "dispatched")
            #expect((try reopened.json()["workflow"] as? [String: Any])?["unit"] as? String == "天山区城管局", "a reopened case goes back to its unit")
            _ = try await Self.step(app, id, crew.unitA, #"{"event": "accept"}"#)
            _ = try await Self.step(app, id, crew.unitA, #"{"event": "report_back", "summary": "加固"}"#)
            #expect(try Self.status(try await Self.step(app, id, crew.dispatcher, #"{"event": "verify_pass"}"#)) == "closed")

            // The same problem reported again nearby: offered as a duplicate, merged and closed with it.
            let again = try await app.request(
                .post, "/api/v1/cases", token: crew.citizen,
                json: #"{"category": "C0101", "description": "井盖又没了", "longitude": 87.6169, "latitude": 43.8257, "region": "650102"}"#)
            let againID = try #require(try again.json()["id"] as? Int)
            let far = try await app.request(
                .post, "/api/v1/cases", token: crew.citizen,
                json: #"{"category": "C0101", "description": "别处井盖", "longitude": 87.70, "latitude": 43.90, "region": "650102"}"#)
            let farID = try #require(try far.json()["id"] as? Int)
            let duplicates = try await app.request(.get, "/api/v1/cases/\(againID)/duplicates", token: crew.dispatcher)
            #expect((try duplicates.json()["items"] as? [[String: Any]])?.compactMap { $0["id"] as? Int } == [])
            let third = try await app.request(
                .post, "/api/v1/cases", token: crew.citizen,
                json: #"{"category": "C0101", "description": "同一个井盖", "longitude": 87.61695, "latitude": 43.82565, "region": "650102"}"#)
            let thirdID = try #require(try third.json()["id"] as? Int)
            let offered = try await app.request(.get, "/api/v1/cases/\(againID)/duplicates", token: crew.dispatcher)
            #expect((try offered.json()["items"] as? [[String: Any]])?.compactMap { $0["id"] as? Int } == [thirdID])
            #expect(!((try offered.json()["items"] as? [[String: Any]])?.contains { $0["id"] as? Int == farID } ?? true))
            let merged = try await app.request(
                .post, "/api/v1/cases/\(againID)/merge", token: crew.dispatcher, json: #"{"duplicates": [\#(thirdID)]}"#)
            let closedDuplicate = try #require((try merged.json()["items"] as? [[String: Any]])?.first)
            #expect((closedDuplicate["workflow"] as? [String: Any])?["closure"] as? String == "duplicate")
            #expect((closedDuplicate["workflow"] as? [String: Any])?["mergedInto"] as? Int == againID)

            // Cancel with a reason; supervision and the whistle on an open case.
            #expect(try await Self.step(app, farID, crew.dispatcher, #"{"event": "cancel"}"#).status == .badRequest)
            #expect(try Self.status(try await Self.step(app, farID, crew.dispatcher, #"{"event": "cancel", "reason": "重复来电"}"#)) == "cancelled")
            _ = try await Self.step(app, againID, crew.dispatcher, #"{"event": "dispatch", "unit": "天山区城管局"}"#)
            let supervised = try await Self.step(app, againID, crew.supervisor, #"{"event": "supervise", "reason": "多次反映"}"#)
            #expect(try supervised.json()["supervised"] as? Bool == true)
            #expect(try await app.request(.get, "/api/v1/cases/\(againID)", token: crew.unitC).status == .notFound)
            _ = try await Self.step(app, againID, crew.unitA, #"{"event": "whistle", "units": ["水务局"]}"#)
            #expect(try await app.request(.get, "/api/v1/cases/\(againID)", token: crew.unitC).status == .ok, "a summoned unit sees the case")

            let history = try await app.request(.get, "/api/v1/cases/\(id)/events", token: crew.dispatcher)
            let events = try #require(try history.json()["items"] as? [[String: Any]]).compactMap { $0["event"] as? String }
            #expect(
                events == [
                    "register", "dispatch", "return", "dispatch", "accept", "report_back", "verify_fail", "accept", "report_back", "verify_pass",
                    "follow_up", "evaluate", "reopen", "accept", "report_back", "verify_pass",
                ])
            let audited = try await app.store.audit.history(entityType: "case", entityID: String(id), for: .system)
            #expect(audited.count == events.count)

            let metrics = try await app.request(.get, "/api/v1/cases/metrics?by=unit", token: crew.supervisor)
            let rows = try #require(try metrics.json()["items"] as? [[String: Any]])
            let unitA = try #require(rows.first { $0["key"] as? String == "天山区城管局" }?["metrics"] as? [String: Any])
            #expect(unitA["cases"] as? Int == 2)
            #expect(unitA["reworkRate"] as? Double == 50)
            let all = try await app.request(.get, "/api/v1/cases/metrics?by=all", token: crew.supervisor)
            let overall = try #require((try all.json()["items"] as? [[String: Any]])?.first?["metrics"] as? [String: Any])
            #expect(overall["cases"] as? Int == 4)
            #expect(try await app.request(.get, "/api/v1/cases/metrics", token: crew.unitA).status == .forbidden)
        }
    }

    @Test("bad input: malformed JSON, unknown category, coordinates out of range, missing fields, wrong state, another unit's case")
    func badInput() async throws {
        try await Harness.run { app in
            let crew = try await Self.crew(app)
            let malformed = try await app.request(.post, "/api/v1/cases", token: crew.citizen, json: #"{"category": "C0101", "description": "#)
            #expect(malformed.status == .badRequest)
            #expect(try malformed.errorCode() == "invalid_json")
            let unknown = try await app.request(.post, "/api/v1/cases", token: crew.citizen, json: #"{"category": "X9", "description": "x"}"#)
            #expect(try unknown.errorDetails().first?["field"] as? String == "category")
            let away = try await app.request(
                .post, "/api/v1/cases", token: crew.citizen, json: #"{"category": "C0101", "description": "x", "longitude": 187, "latitude": 95}"#)
            #expect(Set(try away.errorDetails().compactMap { $0["field"] as? String }) == ["longitude", "latitude"])
            let metres = try await app.request(
                .post, "/api/v1/cases", token: crew.citizen,
                json: #"{"category": "C0101", "description": "x", "longitude": 87.6, "latitude": 43.8, "coordinateSystem": "webmercator"}"#)
            #expect(try metres.errorDetails().compactMap { $0["field"] as? String } == ["coordinateSystem"])
            let empty = try await app.request(.post, "/api/v1/cases", token: crew.citizen, json: #"{"category": "C0101"}"#)
            #expect(try empty.errorDetails().first?["field"] as? String == "description")
            let missing = try await app.request(.post, "/api/v1/cases", token: crew.citizen, json: #"{"description": "x"}"#)
            #expect(try missing.errorDetails().first?["field"] as? String == "category")
            #expect(try await app.request(.post, "/api/v1/cases", json: Self.report).status == .unauthorized)
            let created = try await app.request(.post, "/api/v1/cases", token: crew.citizen, json: Self.report)
            let id = try #require(try created.json()["id"] as? Int)
            #expect(try await Self.step(app, id, crew.dispatcher, #"{"event": "accept"}"#).status == .forbidden)
            #expect(try await Self.step(app, id, crew.dispatcher, #"{"event": "teleport"}"#).status == .badRequest)
            #expect(try await Self.step(app, id, crew.dispatcher, #"{"event": "verify_pass"}"#).status == .conflict)
            _ = try await Self.step(app, id, crew.dispatcher, #"{"event": "dispatch", "unit": "天山区城管局"}"#)
            #expect(try await Self.step(app, id, crew.unitB, #"{"event": "report_back", "summary": "x"}"#).status == .notFound)
            let gcj = try await app.request(
                .post, "/api/v1/cases", token: crew.citizen,
                json: #"{"category": "C0101", "description": "GCJ-02", "longitude": 87.6230, "latitude": 43.8240, "coordinateSystem": "gcj02"}"#)
            let point = try #require(try gcj.json()["location"] as? [String: Any])
            let shift = abs((point["longitude"] as? Double ?? 0) - 87.6230)
            #expect(shift > 0.001 && shift < 0.01, "GCJ-02 input is converted to WGS-84")
        }
    }

    @Test("a routing rule sends new cases of a category in a region to its unit and starts the deadline clock")
    func routing() async throws {
        try await Harness.run { app in
            let crew = try await Self.crew(app)
            let rule = try await app.request(
                .put, "/api/v1/routing-rules", token: crew.dispatcher, json: #"{"category": "C0101", "region": "650100", "unit": "乌鲁木齐市城管局"}"#)
            #expect(rule.status == .ok)
            let routed = try await app.request(.post, "/api/v1/cases", token: crew.citizen, json: Self.report)
            #expect(try Self.status(routed) == "dispatched")
            #expect((try routed.json()["workflow"] as? [String: Any])?["unit"] as? String == "乌鲁木齐市城管局")
            let elsewhere = try await app.request(
                .post, "/api/v1/cases", token: crew.citizen,
                json: #"{"category": "C0101", "description": "喀什", "region": "653101"}"#)
            #expect(try Self.status(elsewhere) == "registered")
        }
    }

    @Test(
        "the pages: an anonymous citizen submits on the public form and tracks the case; dispatcher, unit and supervisor pages render in both languages"
    )
    func pages() async throws {
        try await Harness.run { app in
            let crew = try await Self.crew(app)
            let form = try await app.request(.get, "/hotline/new", headers: [.accept: "text/html"])
            #expect(form.status == .ok)
            let csrf = try #require(form.cookie("oasis_csrf"))
            let body =
                "csrf=\(csrf)&category=C0101&requestType=RT03&description=%E4%BA%95%E7%9B%96%E7%BC%BA%E5%A4%B1&address=&latitude=&longitude=&region=650102&name=&phone="
            let posted = try await app.request(
                .post, "/hotline/new", headers: [.cookie: "oasis_csrf=\(csrf)", .accept: "text/html"], body: body,
                contentType: "application/x-www-form-urlencoded")
            #expect(posted.status == .found)
            let location = try #require(posted.headers[.location])
            #expect(location.hasPrefix("/hotline/track?code="))
            let tracked = try await app.request(.get, location, headers: [.accept: "text/html"])
            #expect(tracked.text.contains("id=\"case-history\""))
            #expect(!tracked.text.contains("web-form"), "the public page does not say who did what")
            let code = String(location.dropFirst("/hotline/track?code=".count).prefix { $0.isLetter || $0.isNumber })
            let id = Int(try #require(try await app.store.cases.byTrackingCode(code)).item.id)
            _ = try await Self.step(app, id, crew.dispatcher, #"{"event": "dispatch", "unit": "天山区城管局"}"#)
            for language in ["zh-Hans", "en"] {
                for (token, path) in [
                    (crew.dispatcher, "/hotline"), (crew.unitA, "/hotline"), (crew.unitA, "/hotline/cases/\(id)"),
                    (crew.dispatcher, "/hotline/cases/\(id)"),
                    (crew.supervisor, "/hotline/dashboard"), (crew.citizen, "/hotline"), (crew.dispatcher, "/hotline/track?code=\(code)"),
                ] {
                    let page = try await app.request(
                        .get, path + (path.contains("?") ? "&" : "?") + "lang=\(language)",
                        headers: [.authorization: "Bearer \(token)", .accept: "text/html"])
                    #expect(page.status == .ok, "\(path)")
                    let missing = page.text.range(of: #"\[[a-z]+_[a-z_]+\]"#, options: .regularExpression)
                    #expect(missing == nil, "\(path) in \(language) shows a missing message")
                }
            }
            let unitPage = try await app.request(
                .get, "/hotline/cases/\(id)?lang=en", headers: [.authorization: "Bearer \(crew.unitA)", .accept: "text/html"])
            #expect(unitPage.text.contains("value=\"accept\""))
            #expect(
                try await app.request(.get, "/hotline/cases/\(id)", headers: [.authorization: "Bearer \(crew.unitB)", .accept: "text/html"]).status
                    == .notFound)
            let dashboard = try await app.request(
                .get, "/hotline/dashboard?lang=en", headers: [.authorization: "Bearer \(crew.supervisor)", .accept: "text/html"])
            #expect(dashboard.text.contains("id=\"unit-metrics\""))
        }
    }

    /// A transport that refuses the first message, then accepts everything, keeping what it got.
    final class FlakyTransport: NotificationTransport, @unchecked Sendable {
        private let lock = NSLock()
        private var calls = 0
        private(set) var delivered: [String] = []

        func deliver(_ payload: String) async -> Bool {
            lock.withLock {
                calls += 1
                guard calls > 1 else { return false }
                delivered.append(payload)
                return true
            }
        }
    }

    @Test("the outbox tells a citizen who left a contact of each status change, retrying a failed delivery; anonymous reports queue nothing")
    func outbox() async throws {
        try await Harness.run { app in
            let crew = try await Self.crew(app)
            let created = try await app.request(.post, "/api/v1/cases", token: crew.citizen, json: Self.report)
            let id = try #require(try created.json()["id"] as? Int)
            _ = try await app.request(.post, "/api/v1/cases", token: crew.citizen, json: #"{"category": "C0101", "description": "匿名"}"#)
            _ = try await Self.step(app, id, crew.dispatcher, #"{"event": "dispatch", "unit": "天山区城管局"}"#)
            let transport = FlakyTransport()
            let sender = NotificationSender(store: app.store, transport: transport, logger: .init(label: "test"))
            #expect(try await sender.sendPending() == 1, "the first of two messages fails and waits for its retry")
            #expect(transport.delivered.count == 1)
            #expect(transport.delivered.first?.contains("\"status\":\"dispatched\"") == true)
            let pending = try await app.store.cases.pendingNotifications()
            #expect(pending.isEmpty, "the failed message waits until its retry time")
            let rows = try await app.store.database.query("SELECT state, attempts FROM notifications ORDER BY id")
            #expect(try rows.map { try $0.string("state") } == ["pending", "sent"])
            #expect(try rows.map { try $0.int("attempts") } == [1, 1])
        }
    }

    @Test("the taxonomy is exported, edited and loaded back as data; a bad one is refused and the one in use stays")
    func taxonomyAsData() async throws {
        try await Harness.run { app in
            let crew = try await Self.crew(app)
            let exported = try await app.request(.get, "/api/v1/case-categories")
            var document = try #require(try JSONSerialization.jsonObject(with: Data(exported.body.readableBytesView)) as? [String: Any])
            var categories = try #require(document["categories"] as? [[String: Any]])
            categories.append([
                "code": "E0199", "parent": "E01", "kind": "event", "nameZh": "沙尘覆盖路面", "nameEn": "Sand on the road", "keywords": ["沙尘"],
            ])
            document["categories"] = categories
            document["version"] = "local-1"
            let edited = String(decoding: try JSONSerialization.data(withJSONObject: document), as: UTF8.self)
            #expect(try await app.request(.put, "/api/v1/case-categories", token: app.analystToken, json: edited).status == .forbidden)
            let loaded = try await app.request(.put, "/api/v1/case-categories", token: app.adminToken, json: edited)
            #expect(loaded.status == .ok)
            let filed = try await app.request(.post, "/api/v1/cases", token: crew.citizen, json: #"{"category": "E0199", "description": "路面积沙"}"#)
            #expect(filed.status == .created)
            let services = try await app.request(.get, "/open311/v2/services.json")
            #expect(services.text.contains("E0199"))
            categories.append(["code": "E0299", "parent": "NOPE", "kind": "event", "nameZh": "x", "nameEn": "x"])
            document["categories"] = categories
            let broken = String(decoding: try JSONSerialization.data(withJSONObject: document), as: UTF8.self)
            let refused = try await app.request(.put, "/api/v1/case-categories", token: app.adminToken, json: broken)
            #expect(refused.status == .badRequest)
            #expect(try refused.errorDetails().contains { ($0["reason"] as? String ?? "").contains("NOPE") })
            #expect(
                try await app.request(.post, "/api/v1/cases", token: crew.citizen, json: #"{"category": "E0199", "description": "还在"}"#).status
                    == .created)
            let stored = try await CaseService.storedTaxonomy(app.store)
            #expect(stored.version == "local-1")
        }
    }

    @Test(
        "a case reported with only a location gets the deepest region whose area contains it; the real prefecture areas (GCJ-02) locate Urumqi",
        .enabled(
            if: SharedData.runs("boundaries/xinjiang_prefectures_gcj02.geojson"),
            Comment(rawValue: SharedData.skipReason("boundaries/xinjiang_prefectures_gcj02.geojson"))))
    func regionFromLocation() async throws {
        try await Harness.run { app in
            let crew = try await Self.crew(app)
            func square(_ lon: Double, _ lat: Double, _ half: Double) -> BoundaryArea {
                BoundaryArea(polygons: [
                    [
                        [
                            GeoPoint(longitude: lon - half, latitude: lat - half), GeoPoint(longitude: lon + half, latitude: lat - half),
                            GeoPoint(longitude: lon + half, latitude: lat + half), GeoPoint(longitude: lon - half, latitude: lat + half),
                            GeoPoint(longitude: lon - half, latitude: lat - half),
                        ]
                    ]
                ])
            }
            try await app.store.regionAreas.save([("650100", square(87.6, 43.8, 0.5)), ("650102", square(87.62, 43.80, 0.05))], by: .system)
            func region(_ lon: Double, _ lat: Double) async throws -> String? {
                let created = try await app.request(
                    .post, "/api/v1/cases", token: crew.citizen,
                    json: #"{"category": "C0101", "description": "x", "longitude": \#(lon), "latitude": \#(lat)}"#)
                return try created.json()["region"] as? String
            }
            #expect(try await region(87.63, 43.81) == "650102")
            #expect(try await region(87.9, 43.6) == "650100")
            #expect(try await region(80.0, 40.0) == nil)

            let file = try SharedData.require("boundaries/xinjiang_prefectures_gcj02.geojson")
            let areas = try RegionAreaGeoJSONReader.read(Array(try Data(contentsOf: file)), codeProperty: "adcode", coordinateSystem: .gcj02)
            #expect(areas.count == 24)
            try await app.store.regionAreas.save(areas, by: .system)
            #expect(
                try await app.store.regionAreas.locate(GeoPoint(longitude: 87.6168, latitude: 43.8256)) == "650102",
                "the test square is deeper than the prefecture")
            #expect(
                try await app.store.regionAreas.locate(GeoPoint(longitude: 75.99, latitude: 39.47)) == "653100",
                "Kashgar city centre lies in Kashgar Prefecture")
            #expect(try await app.store.regionAreas.locate(GeoPoint(longitude: 84.87, latitude: 45.60)) == "650200", "Karamay")
            let broken =
                #"{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {}, "geometry": {"type": "Point", "coordinates": [1, 2]}}]}"#
            #expect(throws: OasisError.self) {
                try RegionAreaGeoJSONReader.read(Array(broken.utf8), codeProperty: "adcode", coordinateSystem: .wgs84)
            }
        }
    }

    @Test("the hotline's on-time closure and 三率 composite reach the health check as computed indicators of a framework that lists them")
    func computedIndicators() async throws {
        try await Harness.run { app in
            let crew = try await Self.crew(app)
            let created = try await app.request(.post, "/api/v1/cases", token: crew.citizen, json: Self.report)
            let id = try #require(try created.json()["id"] as? Int)
            for step in [
                #"{"event": "dispatch", "unit": "天山区城管局"}"#, #"{"event": "accept"}"#, #"{"event": "report_back", "summary": "修好"}"#,
                #"{"event": "verify_pass"}"#, #"{"event": "follow_up", "contacted": true, "resolved": true, "satisfaction": "basically_satisfied"}"#,
            ] {
                let token = step.contains("accept") || step.contains("report_back") ? crew.unitA : crew.dispatcher
                #expect(try await Self.step(app, id, token, step).status == .ok)
            }
            var framework = IndicatorFramework.builtIn
            let template = try #require(framework.indicators.first { $0.unit == "%" && $0.direction == .higherIsBetter })
            for (code, name) in [(CaseIndicatorSource.composite, "接诉即办三率综合"), (CaseIndicatorSource.onTimeClosure, "按期办结率")] {
                framework.indicators.append(
                    IndicatorDefinition(
                        code: code, nameZh: name, nameEn: code, unit: "%", level: template.level, group: template.group,
                        goal: template.goal, direction: .higherIsBetter, computed: true))
            }
            let (regions, byPeriod) = try await EvaluationService(store: app.store).evaluate(level: .prefecture, framework: framework)
            let year = CaseContribution.month(Date()).prefix(4)
            let evaluations = try #require(byPeriod[Int(year) ?? 0])
            let index = try #require(regions.firstIndex { $0.code.rawValue == "650100" })
            let results = evaluations[index].indicators
            let onTime = try #require(results.first { $0.indicator == CaseIndicatorSource.onTimeClosure })
            #expect(onTime.value == 100)
            let composite = try #require(results.first { $0.indicator == CaseIndicatorSource.composite })
            // Response 100, resolution 100, satisfaction 0.9 × 100 = 90, weighted 10 / 45 / 45.
            let expected = (100 * 0.1 + 100 * 0.45 + 90 * 0.45) / 1.0
            #expect(abs((composite.value ?? 0) - expected) < 1e-9)
        }
    }
}
