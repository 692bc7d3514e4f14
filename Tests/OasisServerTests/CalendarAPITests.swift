import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import OasisCore
import OasisServer
import OasisServices
import OasisStore
import OasisTestSupport
import Testing

@Suite("Working calendars over the API, the admin page, /readyz and the cases' deadlines")
struct CalendarAPITests {
    /// TEST FIXTURE, not official dates: 2027 with 1–3 January off.
    static let national2027 = #"""
        {"timeZone": "Asia/Shanghai", "sample": true, "note": "TEST FIXTURE, not official dates",
         "years": [{"year": 2027, "source": "TEST fixture", "holidays": [{"name": "TEST New Year", "from": "2027-01-01", "to": "2027-01-03"}], "workdays": []}]}
        """#

    /// An instant given as China Standard Time.
    static func cst(_ text: String, _ hour: Int, _ minute: Int = 0) -> Date {
        WorkingCalendar.china.instant(CalendarDay(text)!, minute: hour * 60 + minute)
    }

    @Test(
        "a case dispatched on 2026-12-24 is flagged without 2027; a loaded 2027 file gives the hand-worked deadline",
        arguments: TestStoreKind.available)
    func provisionalCase(kind: TestStoreKind) async throws {
        try await TestStore.with(kind, clock: ManualClock(Self.cst("2026-12-24", 10))) { store in
            _ = try await Bootstrap.seedXinjiang(into: store)
            try await store.cases.setRoutingRule(category: "C0601", region: "650100", unit: "天山区城管局", by: .system)
            let service = CaseService(store: store)
            let input = CaseInput(requestType: "RT03", category: "C0601", description: "其他设施损坏", region: "650102")
            let first = try await service.submit(input, channel: "api", by: .system)
            // C0601 (other facilities) resolves in 7 working days; counting weekends only in 2027: 4 January 2027, 18:00 CST.
            #expect(first.deadlines?.resolveBy == Self.cst("2027-01-04", 18))
            #expect(first.deadlines?.provisionalYears == [2027])
            let stored = try #require(try await store.cases.get(first.id, for: .system))
            #expect(stored.deadlines?.provisionalYears == [2027], "the flag is stored on the case")
            #expect(
                try await CalendarService(store: store, box: service.calendars).coverageWarning()
                    == CalendarCoverageWarning(lastYear: 2026, daysLeft: 7))

            try await CalendarService(store: store, box: service.calendars).load(json: Array(Self.national2027.utf8), by: .system)
            let second = try await service.submit(input, channel: "api", by: .system)
            // With 1–3 January off: Fri 25, Mon 28, Tue 29, Wed 30, Thu 31, Mon 4, Tue 5 → 5 January 2027, 18:00 CST.
            #expect(second.deadlines?.resolveBy == Self.cst("2027-01-05", 18))
            #expect(second.deadlines?.provisionalYears == nil)
        }
    }

    @Test(
        "the API lists and loads calendars; bad files are refused naming the field or line, with nothing loaded", arguments: TestStoreKind.available)
    func api(kind: TestStoreKind) async throws {
        try await Harness.run(kind) { app in
            let listed = try await app.request(.get, "/api/v1/calendars", token: app.adminToken)
            #expect(listed.status == .ok)
            let entries = try #require(try listed.json()["entries"] as? [[String: Any]])
            #expect(entries.compactMap { $0["year"] as? Int } == [2025, 2026])
            #expect(entries.allSatisfy { $0["builtIn"] as? Bool == true })

            let unknown = try await app.request(
                .put, "/api/v1/calendars", token: app.adminToken,
                json: #"{"timeZone": "Asia/Shanghai", "region": "650199", "years": [{"year": 2026, "holidays": [], "workdays": ["2026-03-21"]}]}"#)
            #expect(unknown.status == .badRequest)
            #expect(try unknown.errorDetails().first?["field"] as? String == "region")
            let broken = try await app.request(
                .put, "/api/v1/calendars", token: app.adminToken, json: "{\n\"timeZone\": \"Asia/Shanghai\",\n\"years\": [}")
            #expect(broken.status == .badRequest)
            #expect(try broken.errorDetails().first?["line"] as? Int == 3)
            let analyst = try await app.request(.put, "/api/v1/calendars", token: app.analystToken, json: Self.national2027)
            #expect(analyst.status == .forbidden)
            #expect(try await app.store.calendars.files().isEmpty, "nothing was loaded")

            let loaded = try await app.request(.put, "/api/v1/calendars", token: app.adminToken, json: Self.national2027)
            #expect(loaded.status == .ok)
            let after = try #require(try loaded.json()["entries"] as? [[String: Any]])
            #expect(after.compactMap { $0["year"] as? Int } == [2025, 2026, 2027])
            #expect(after.last?["sample"] as? Bool == true)
        }
    }

    @Test(
        "the admin page lists the years with the sample label and loads a pasted file; /readyz warns, not fails", arguments: TestStoreKind.available)
    func pageAndReadiness(kind: TestStoreKind) async throws {
        try await Harness.run(kind) { app in
            // The warning depends on today's date: from 60 days before the end of 2026 until a 2027 file is loaded.
            let warned = CalendarBook.builtIn.coverageWarning(at: Date()) != nil
            let ready = try await app.request(.get, "/readyz")
            #expect(ready.status == .ok)
            #expect(try ready.json()["status"] as? String == "ready")
            #expect(((try ready.json()["warnings"] as? [String]) ?? []).count == (warned ? 1 : 0))

            let session = try await app.browserSession()
            let form = "csrf=\(session.csrf)&json=" + (Self.national2027.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
            let posted = try await app.request(
                .post, "/admin/calendars", headers: [.cookie: session.cookies], body: form, contentType: "application/x-www-form-urlencoded")
            #expect(posted.status == .found)
            let page = try await app.request(.get, "/admin/calendars?lang=en", headers: [.cookie: session.cookies])
            #expect(page.status == .ok)
            #expect(page.text.contains("2027") && page.text.contains("SAMPLE, not official dates"))
            #expect(!page.text.contains("id=\"calendar-warning\""), "2027 is loaded: no warning before 2027-11-02")
            let readyAfter = try await app.request(.get, "/readyz")
            #expect(try readyAfter.json()["warnings"] == nil)
        }
    }
}

@Suite("/readyz's calendar warning in the asked language")
struct ReadinessLanguageTests {
    /// 2026-12-02 10:00 CST: 29 days before the built-in calendar ends.
    static let clock = ManualClock(CalendarAPITests.cst("2026-12-02", 10))

    @Test("English by default; ?lang= and Accept-Language choose the catalogue's text; the readiness stays ready")
    func warningLanguage() async throws {
        try await Harness.run(clock: Self.clock) { app in
            let catalogue = MessageCatalogue.standard
            func warning(_ uri: String, _ headers: HTTPFields = [:]) async throws -> String? {
                let response = try await app.request(.get, uri, headers: headers)
                #expect(response.status == .ok)
                return (try response.json()["warnings"] as? [String])?.first
            }
            let arguments = ["2026", "29", "2027"]
            #expect(try await warning("/readyz") == catalogue.text("calendar_warning_ending", .en, arguments: arguments))
            #expect(try await warning("/readyz")?.hasPrefix("The national working calendar is loaded only to 2026 (29 days left)") == true)
            let uyghur = try await warning("/readyz?lang=ug")
            #expect(uyghur == catalogue.text("calendar_warning_ending", .ug, arguments: arguments))
            #expect(uyghur?.contains("مەملىكەتلىك خىزمەت كالېندارى") == true)
            let chinese = try await warning("/readyz", [.acceptLanguage: "zh-CN,zh;q=0.9,en;q=0.5"])
            #expect(chinese == catalogue.text("calendar_warning_ending", .zhHans, arguments: arguments))
            #expect(chinese?.hasPrefix("全国工作日历只载入到 2026 年，还剩 29 天") == true)
        }
    }
}

@Suite("The calendar page's file picker")
struct CalendarFilePickerTests {
    @Test("the load form offers a JSON file picker beside the paste box, and the script reads the file into the box")
    func picker() async throws {
        try await Harness.run { app in
            let session = try await app.browserSession()
            let page = try await app.request(.get, "/admin/calendars?lang=ug", headers: [.cookie: session.cookies])
            #expect(page.status == .ok)
            #expect(page.text.contains(#"<input type="file" id="calendar-file" accept=".json,application/json""#))
            #expect(page.text.contains(#"<label for="calendar-file">ياكى JSON ھۆججىتىنى تاللاڭ</label>"#))
            #expect(page.text.contains(#"<script src="/static/oasis.js"></script>"#))
            let script = try await app.request(.get, "/static/oasis.js")
            #expect(script.text.contains("getElementById('calendar-file')"))
            #expect(script.text.contains("reader.readAsText(file, 'utf-8')"))
        }
    }
}
