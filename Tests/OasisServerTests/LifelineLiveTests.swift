import Foundation
import HTTPTypes
import HummingbirdTesting
import OasisCore
import OasisServices
import OasisStore
import OasisTestSupport
import Testing

@testable import OasisServer

@Suite("Lifeline live: the silence rule on the clock, retention and the series by span, the event stream, pipelines coloured on the map")
struct LifelineLiveTests {
    static let start = LifelineAPITests.start

    /// MH-LVL silent for 15 minutes is a level IV (blue) alert.
    static let silentSensor = """
        code,quantity,unit,asset,rules
        MH-LVL,level,m,MH-1,"[{""kind"":""silence"",""minutes"":15,""level"":4}]"
        """

    @Test(
        "silence on the moved clock: the alert opens at the last reading plus 15 minutes, once; a reading clears it; silence again takes it up",
        arguments: TestStoreKind.available)
    func silenceTick(kind: TestStoreKind) async throws {
        try await LifelineAPITests.withRegistry(kind) { app, clock in
            let saved = try await app.request(
                .put, "/api/v1/lifeline/sensors", token: app.analystToken, body: Self.silentSensor, contentType: "text/csv")
            #expect(saved.status == .ok, "\(saved.text)")
            let service = LifelineService(store: app.store, cases: CaseService(store: app.store))
            func reading(_ seconds: Double) -> SensorReading { SensorReading(sensorID: "MH-LVL", time: Self.start + seconds, value: 1.2) }
            func silenceAlerts() async throws -> [LifelineAlert] { try await app.store.lifeline.alerts(sensor: "MH-LVL", for: .system) }
            _ = try await service.ingest([reading(300)], by: .system) // 00:05
            #expect(try await service.tick().isEmpty) // 00:10: five minutes of silence
            clock.advance(by: 599) // 00:19:59
            #expect(try await service.tick().isEmpty)
            clock.advance(by: 31) // 00:20:30
            #expect(try await service.tick().count == 1)
            var alerts = try await silenceAlerts()
            #expect(alerts.count == 1)
            #expect(alerts.first?.openedAt == Self.start + 1200) // 00:05 + 15 minutes
            #expect(alerts.first?.level == .blue && alerts.first?.ruleKind == .silence && alerts.first?.lastValue == nil)
            clock.advance(by: 270) // 00:25: still silent, the alert is not opened twice
            #expect(try await service.tick().isEmpty)
            // A reading at 00:24 clears it; 15 minutes later (00:39) the same alert is taken up again.
            #expect(try await service.ingest([reading(1440)], by: .system).alertChanges == 1)
            alerts = try await silenceAlerts()
            #expect(alerts.count == 1 && alerts.first?.clearedAt == Self.start + 1440)
            clock.advance(by: 900) // 00:40
            #expect(try await service.tick().count == 1)
            alerts = try await silenceAlerts()
            #expect(alerts.count == 1)
            #expect(alerts.first?.clearedAt == nil && alerts.first?.updatedAt == Self.start + 2340 && alerts.first?.openedAt == Self.start + 1200)
            let actions = try await app.store.audit.recent(limit: 50, for: .system).map(\.action)
            #expect(actions.filter { $0 == "lifeline.alert.open" }.count == 1)
            #expect(actions.filter { $0 == "lifeline.alert.clear" }.count == 1)
            // A restarted server finds the sensor's last reading (00:24) however old: two hours of silence later it takes
            // up nothing new while the alert holds.
            let restarted = LifelineService(store: app.store, cases: CaseService(store: app.store))
            clock.advance(by: 7200)
            #expect(try await restarted.tick().isEmpty)
            #expect(try await silenceAlerts().count == 1)
        }
    }

    @Test(
        "retention by the settings on the moved clock: raw 1 day, minutes 2 days, hours 3 days; the series reads hours for a year",
        arguments: TestStoreKind.available)
    func retention(kind: TestStoreKind) async throws {
        try await LifelineAPITests.withRegistry(kind) { app, clock in
            try await app.store.settings.set(LifelineSettings.rawRetentionKey, "1")
            try await app.store.settings.set(LifelineSettings.minuteRetentionKey, "2")
            try await app.store.settings.set(LifelineSettings.hourRetentionKey, "3")
            let day = 86_400.0
            let offsets = [-4 * day, -2.5 * day, -1.5 * day, -0.5 * day, 0]
            let service = LifelineService(store: app.store, cases: CaseService(store: app.store))
            _ = try await service.ingest(offsets.map { SensorReading(sensorID: "GM-CH4", time: Self.start + $0, value: 5) }, by: .system)
            // Now 00:10: raw before 1 day ago (3 readings), minutes before 2 days ago (2), hours before 3 days ago (1).
            let first = try await service.prune()
            #expect(first.readings == 3 && first.minuteRollups == 2 && first.hourRollups == 1)
            #expect(first.readingsBefore == Self.start + 600 - day)
            let stored = try await app.store.lifeline.readings(sensor: "GM-CH4", from: Self.start - 10 * day, to: Self.start + day, for: .system)
            #expect(stored.map(\.time) == [Self.start - 0.5 * day, Self.start])
            // A year's chart: the hourly rollups of the four hours still kept, no raw readings.
            let from = (Self.start - 365 * day).formatted(.iso8601)
            let series = try await app.request(.get, "/api/v1/lifeline/sensors/GM-CH4/series?from=\(from)", token: app.analystToken).json()
            #expect(series["resolution"] as? String == "hour")
            #expect((series["readings"] as? [Any])?.count == 0)
            #expect((series["rollups"] as? [[String: Any]])?.compactMap { $0["count"] as? Int } == [1, 1, 1, 1])
            // The last hour: raw readings with their minutes.
            #expect(
                try await app.request(.get, "/api/v1/lifeline/sensors/GM-CH4/series", token: app.analystToken).json()["resolution"] as? String
                    == "raw")
            clock.advance(by: day)
            let second = try await service.prune()
            #expect(second.readings == 2 && second.minuteRollups == 1 && second.hourRollups == 1)
            let audited = try await app.store.audit.recent(limit: 100, for: .system).filter { $0.action == "lifeline.retention.prune" }
            #expect(audited.count == 2)
        }
    }

    @Test("the event stream: a reading over the threshold arrives as an opened event with its fields; Last-Event-ID replays; nobody gets 401")
    func eventStream() async throws {
        try await LifelineAPITests.withRegistry(.sqlite, live: true) { app, _ in
            let port = try #require(app.client.port)
            #expect(try await app.request(.get, "/api/v1/lifeline/events").status == .unauthorized)
            let bearer = ["Authorization": "Bearer \(app.adminToken)"]
            var firstID = ""
            try await EventStreamReader.with(port: port, path: "/api/v1/lifeline/events", headers: bearer) { stream in
                let head = try await stream.read(until: ": lifeline alert changes\n\n")
                #expect(head.hasPrefix("HTTP/1.1 200"))
                #expect(head.lowercased().contains("content-type: text/event-stream"))
                // 9 then 30 %LEL: level II (orange) opens at 00:01.
                #expect(try await LifelineAPITests.post(app, [("GM-CH4", 0, 9), ("GM-CH4", 60, 30)]).status == .ok)
                try await stream.read(until: "event: opened\ndata: {")
                try await stream.read(until: "}\n\n")
                let data = try stream.data(of: "opened")
                #expect(data["sensor"] as? String == "GM-CH4" && data["asset"] as? String == "GM-1")
                #expect(data["level"] as? Int == 2 && data["status"] as? String == "open")
                #expect(data["time"] as? String == LifelineAPITests.time(60))
                firstID = data["id"] as? String ?? ""
                #expect(stream.text.contains("id: \(firstID)\nevent: opened\n"))
                let alert = try #require(data["alert"] as? Int)
                #expect(try await app.request(.post, "/api/v1/lifeline/alerts/\(alert)/acknowledge", token: app.adminToken).status == .ok)
                try await stream.read(until: "event: acknowledged\ndata: {")
                try await stream.read(until: "\"status\":\"acknowledged\"")
            }
            // Reconnecting after the first event replays the acknowledgement; an unknown id gets a reset.
            try await EventStreamReader.with(port: port, path: "/api/v1/lifeline/events", headers: bearer.merging(["Last-Event-ID": firstID]) { $1 })
            {
                stream in
                let text = try await stream.read(until: "\"status\":\"acknowledged\"")
                #expect(!text.contains("event: opened"))
            }
            try await EventStreamReader.with(port: port, path: "/api/v1/lifeline/events", headers: bearer.merging(["Last-Event-ID": "1-999"]) { $1 })
            {
                stream in
                try await stream.read(until: "event: reset\n")
            }
        }
    }

    @Test("the stream's scope: an Urumqi reader sees events of Urumqi assets only; the hub drops a client a full buffer behind")
    func scopeAndSlowClient() async throws {
        try await LifelineAPITests.withRegistry { app, _ in
            let alert = LifelineAlert(
                id: 1, sensor: "S", rule: 0, ruleKind: .threshold, asset: "A", region: "650102", ownerUnit: "U", level: .red, peakLevel: .red,
                lastValue: 60, openedAt: Self.start, updatedAt: Self.start)
            var kashgar = alert
            kashgar.region = "653101"
            let scoped = Principal(
                kind: .user, userID: 99, username: "ur", role: .dispatcher, scope: AccessScope(regions: [try RegionCode("650100")]))
            let admits = try await LifelineRoutes.eventFilter(try scoped.access(for: .readCases), store: app.store)
            #expect(admits(LifelineAlertEvent(event: "opened", alert: alert, time: Self.start)))
            #expect(!admits(LifelineAlertEvent(event: "opened", alert: kashgar, time: Self.start)))
            // A client that reads nothing: the third event finds its buffer of two full and ends its stream.
            let hub = LifelineEventHub(capacity: 5, clientBuffer: 2, keepAliveInterval: .seconds(3600))
            let slow = hub.subscribe(after: nil) { _ in true }
            for _ in 0..<3 { hub.publish(LifelineAlertEvent(event: "level", alert: alert, time: Self.start)) }
            #expect(hub.subscriberCount == 0)
            var received: [String] = []
            for await item in slow.items {
                if case .event(let event) = item { received.append(event.id) }
            }
            #expect(received == ["\(hub.epoch)-1", "\(hub.epoch)-2"])
            // The ring keeps the last five: after event 7, an id of event 1 is too old (reset), of event 2 replays 3…7.
            for _ in 0..<4 { hub.publish(LifelineAlertEvent(event: "level", alert: alert, time: Self.start)) }
            #expect(hub.subscribe(after: "\(hub.epoch)-1") { _ in true }.replay == .reset)
            if case .events(let replayed) = hub.subscribe(after: "\(hub.epoch)-2", admits: { _ in true }).replay {
                #expect(replayed.map(\.id) == (3...7).map { "\(hub.epoch)-\($0)" })
            } else {
                Issue.record("event 2 is still in the ring")
            }
        }
    }

    @Test(
        "the map strokes a pipeline with an open level I alert red, and one without alerts green; the legend is unchanged; the sensor page by span"
    )
    func lineColour() async throws {
        try await LifelineAPITests.withRegistry { app, _ in
            _ = try await LifelineAPITests.post(app, [("GM-CH4", 0, 9), ("GM-CH4", 60, 60)])
            let session = try await app.browserSession()
            let html = try await app.request(.get, "/lifeline?lang=en", headers: [.cookie: session.cookies, .accept: "text/html"]).text
            #expect(html.contains("data-category=\"level:1\" fill=\"none\" stroke=\"#c0392b\""))
            #expect(html.contains("<title translate=\"no\">GM-1 燃气中压干管 1 段</title></path>"))
            #expect(html.contains("<script src=\"/static/lifeline.js\" defer></script>"))
            // The legend: four levels and normal, as before.
            #expect(html.components(separatedBy: "class=\"legend-entry\"").count - 1 == 5)
            // The sensor's page over 7 days draws hourly means; a span it does not offer is refused.
            let week = try await app.request(
                .get, "/lifeline/sensors/GM-CH4?days=7&lang=en", headers: [.cookie: session.cookies, .accept: "text/html"])
            #expect(week.status == .ok)
            #expect(week.text.contains("The last 7 days (mean of each hour)"))
            #expect(week.text.contains("<a href=\"?days=7\" aria-current=\"page\">7 days</a>"))
            let odd = try await app.request(.get, "/lifeline/sensors/GM-CH4?days=2", headers: [.cookie: session.cookies, .accept: "text/html"])
            #expect(odd.status == .badRequest)
            let plain = AssetMapCheck.render(states: [:])
            #expect(plain.contains("data-category=\"normal\" fill=\"none\" stroke=\"#27ae60\""))
        }
    }
}

/// The asset map of the test's pipeline alone, for the colour of a line without alerts.
enum AssetMapCheck {
    static func render(states: [String: AlertLevel]) -> String {
        let line = LifelineAsset(
            code: "GM-1", name: "main", kind: .gasMain, ownerUnit: "U", region: "650100",
            geometry: .line([GeoPoint(longitude: 87.6, latitude: 43.8), GeoPoint(longitude: 87.61, latitude: 43.81)]))
        return LifelineAssetMap(assets: [line], states: states).render(catalogue: .standard, language: .en)
    }
}
