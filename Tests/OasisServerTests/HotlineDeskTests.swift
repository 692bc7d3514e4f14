import Foundation
import HTTPTypes
import HummingbirdTesting
import OasisCore
import OasisCredentials
import OasisServer
import OasisServices
import OasisStore
import Testing

@Suite("Hotline desk: cases reach the right desk, units come from the register, forms keep what was typed, citizens follow by code")
struct HotlineDeskTests {
    static let form = "application/x-www-form-urlencoded"

    /// A user of a role and scope, with an API token.
    static func token(_ app: Harness, _ name: String, _ role: Role, regions: [String] = [], units: [String] = []) async throws -> String {
        let identity = IdentityService(store: app.store, hasher: PasswordHasher(cost: 4))
        let user = try await identity.createUser(
            username: name, displayName: name, role: role, scope: AccessScope(regions: regions.map { try! RegionCode($0) }, units: units),
            password: "password-\(name)-1", by: .system)
        return try await identity.issueToken(for: user.id, name: "test", by: .system).token
    }

    static func encoded(_ text: String) -> String { text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "" }

    /// Posts the public form anonymously (with the CSRF cookie of a fresh visit) in a language.
    static func submit(_ app: Harness, _ fields: [String: String], language: String = "zh-Hans") async throws -> TestResponse {
        let page = try await app.request(.get, "/hotline/new?lang=\(language)", headers: [.accept: "text/html"])
        let csrf = try #require(page.cookie("oasis_csrf"))
        let body = (["csrf": csrf].merging(fields) { $1 }).map { "\($0.key)=\(encoded($0.value))" }.joined(separator: "&")
        return try await app.request(
            .post, "/hotline/new?lang=\(language)", headers: [.cookie: "oasis_csrf=\(csrf); oasis_lang=\(language)", .accept: "text/html"],
            body: body, contentType: Self.form)
    }

    static func square(_ lon: Double, _ lat: Double, _ half: Double) -> BoundaryArea {
        BoundaryArea(polygons: [
            [
                [
                    GeoPoint(longitude: lon - half, latitude: lat - half), GeoPoint(longitude: lon + half, latitude: lat - half),
                    GeoPoint(longitude: lon + half, latitude: lat + half), GeoPoint(longitude: lon - half, latitude: lat + half),
                ]
            ]
        ])
    }

    /// The tracking code of the redirect after a submission.
    static func code(_ response: TestResponse) throws -> String {
        let location = try #require(response.headers[.location])
        #expect(location.hasPrefix("/hotline/track?code="))
        return String(location.dropFirst("/hotline/track?code=".count).prefix { $0.isLetter || $0.isNumber })
    }

    @Test("a failed form comes back with what was typed and each problem beside its field, in the page's language; nothing is registered")
    func formKeepsInput() async throws {
        try await Harness.run { app in
            let description = "小区门口路灯不亮已经一周，晚上很危险"
            for (language, latitudeProblem, regionProblem) in [
                (
                    "en", "Latitude is a decimal number from -90 to 90 with a decimal point, e.g. 43.79; or pick the place on the map.",
                    "The place does not tell the district: choose it."
                ),
                ("zh-Hans", "纬度是 -90 到 90 之间的小数，用小数点，例如 43.79；或在地图上选点。", "位置无法确定所在区县，请选择区县。"),
            ] {
                let response = try await Self.submit(
                    app, ["category": "", "description": description, "latitude": "43,79", "longitude": "87.62", "phone": "13800000000"],
                    language: language)
                #expect(response.status == .unprocessableContent)
                let page = response.text
                #expect(page.contains(">\(description)</textarea>"), "the description is kept")
                #expect(page.contains("id=\"latitude\" name=\"latitude\" inputmode=\"decimal\" value=\"43,79\""), "the latitude as typed")
                #expect(page.contains("value=\"13800000000\""))
                #expect(
                    page.contains(
                        #"<p class="field-error" id="latitude-error" role="alert"><span aria-hidden="true">✖</span> "# + latitudeProblem + "</p>"))
                #expect(
                    page.contains(
                        #"<p class="field-error" id="region-error" role="alert"><span aria-hidden="true">✖</span> "# + regionProblem + "</p>"))
                #expect(page.contains("id=\"category-error\""))
                #expect(!page.contains("id=\"description-error\""))
                #expect(page.contains("<option value=\"\">"), "the category starts unchosen")
            }
            #expect(try await app.store.cases.list(CaseQuery(), for: .system).total == 0)
        }
    }

    @Test("the form's case takes its region from the stored areas, else from the district chosen; a point in no area needs the district")
    func formRegion() async throws {
        try await Harness.run { app in
            try await app.store.regionAreas.save([("650102", Self.square(87.62, 43.80, 0.05))], by: .system)
            let base = ["category": "C0101", "requestType": "RT03", "description": "井盖缺失"]
            let located = try await Self.submit(app, base.merging(["latitude": "43.81", "longitude": "87.63", "region": "653101"]) { $1 })
            #expect(located.status == .found)
            #expect(try await app.store.cases.byTrackingCode(try Self.code(located))?.item.region == "650102", "the area wins over the select")
            let chosen = try await Self.submit(app, base.merging(["region": "650103"]) { $1 })
            #expect(try await app.store.cases.byTrackingCode(try Self.code(chosen))?.item.region == "650103")
            let nowhere = try await Self.submit(app, base.merging(["latitude": "40.0", "longitude": "80.0"]) { $1 })
            #expect(nowhere.status == .unprocessableContent)
            #expect(nowhere.text.contains("id=\"region-error\""))
            #expect(nowhere.text.contains("id=\"pick-map\""), "the map draws the stored areas")
            #expect(nowhere.text.contains("data-code=\"650102\""))
        }
    }

    @Test(
        "Urumqi's dispatcher sees the citizen's Urumqi case, dispatches it to a unit of the register; the unit replies; the citizen reads it by code")
    func dayOfACase() async throws {
        try await Harness.run { app in
            let dispatcher = try await Self.token(app, "ur-dispatcher", .dispatcher, regions: ["650100"])
            let kashgar = try await Self.token(app, "ks-dispatcher", .dispatcher, regions: ["653100"])
            let handler = try await Self.token(app, "ts-handler", .unitHandler, units: ["天山区城管局"])
            let submitted = try await Self.submit(app, ["category": "C0101", "description": "井盖缺失", "region": "650102"])
            let code = try Self.code(submitted)
            let id = try #require(try await app.store.cases.byTrackingCode(code)?.item.id)
            func page(_ path: String, _ token: String) async throws -> TestResponse {
                try await app.request(.get, path, headers: [.authorization: "Bearer \(token)", .accept: "text/html"])
            }
            let queue = try await page("/hotline?lang=en", dispatcher)
            #expect(queue.text.contains("1 cases") || queue.text.contains("1 case"))
            #expect(queue.text.contains("href=\"/hotline/cases/\(id)\""))
            #expect(try await page("/hotline/cases/\(id)", kashgar).status == .notFound)
            let detail = try await page("/hotline/cases/\(id)", dispatcher)
            #expect(detail.text.contains("<option value=\"天山区城管局\">"), "the units of the register to choose from")
            #expect(detail.text.contains("id=\"recategorise-category\""), "the dispatcher may re-categorise on the page")

            let typo = try await app.request(.post, "/api/v1/cases/\(id)/events", token: dispatcher, json: #"{"event": "dispatch", "unit": "天山区城管"}"#)
            #expect(typo.status == .badRequest)
            #expect(try typo.errorCode() == "case_unit_unknown")
            #expect(try typo.errorDetails().first?["field"] as? String == "unit")
            let dispatched = try await app.request(
                .post, "/api/v1/cases/\(id)/events", token: dispatcher, json: #"{"event": "dispatch", "unit": "天山区城管局"}"#)
            #expect(dispatched.status == .ok)
            #expect(try await page("/hotline", handler).text.contains("href=\"/hotline/cases/\(id)\""), "the unit's handler sees it")
            for step in [#"{"event": "accept"}"#, #"{"event": "report_back", "summary": "已补装井盖并设置警示标志"}"#] {
                #expect(try await app.request(.post, "/api/v1/cases/\(id)/events", token: handler, json: step).status == .ok)
            }
            let tracked = try await app.request(
                .get, "/hotline/track?code=\(TrackingCode.grouped(code).uppercased())&lang=en", headers: [.accept: "text/html"])
            #expect(tracked.status == .ok)
            #expect(tracked.text.contains("<blockquote id=\"case-reply\"><p>已补装井盖并设置警示标志</p>"))
            #expect(!tracked.text.contains("ts-handler"), "the public page does not say who")
            let byNumber = try await app.request(.get, "/hotline/track?code=\(id)", headers: [.accept: "text/html"])
            #expect(byNumber.status == .notFound)
            #expect(byNumber.text.contains("id=\"track-missing\""))
            #expect(!byNumber.text.contains("case-reply"))
        }
    }

    @Test("a step refused on the case page comes back beside its form; re-categorising on the page is audited")
    func stepForms() async throws {
        try await Harness.run { app in
            let session = try await app.browserSession()
            let created = try await app.request(
                .post, "/api/v1/cases", token: app.adminToken, json: #"{"category": "C0101", "description": "x", "region": "650102"}"#)
            let id = try #require(try created.json()["id"] as? Int)
            func step(_ body: String) async throws -> TestResponse {
                try await app.request(
                    .post, "/hotline/cases/\(id)/step?lang=en", headers: [.cookie: session.cookies + "; oasis_lang=en", .accept: "text/html"],
                    body: "csrf=\(session.csrf)&" + body, contentType: Self.form)
            }
            let refused = try await step("event=dispatch&text=\(Self.encoded("天山区城管"))")
            #expect(refused.status == .unprocessableContent)
            #expect(
                refused.text.contains(
                    #"<p class="field-error" id="dispatch-error" role="alert"><span aria-hidden="true">✖</span> Choose a registered unit from the list.</p>"#
                ))
            #expect(try await app.store.cases.get(Int64(id), for: .system)?.status == .registered)
            let recategorised = try await step("event=recategorise&category=C0201")
            #expect(recategorised.status == .found)
            #expect(try await app.store.cases.get(Int64(id), for: .system)?.category == "C0201")
            let audit = try await app.store.audit.history(entityType: "case", entityID: String(id), for: .system)
            #expect(audit.map(\.action).contains("case.recategorise"))
            let closedStep = try await step("event=verify_pass")
            #expect(closedStep.status == .conflict)
            #expect(closedStep.text.contains("id=\"step-problem\""), "a step the status does not offer is refused above the steps")
        }
    }

    @Test("the register of units over the API: listed, saved by an administrator, checked field by field, refused to others")
    func unitsAPI() async throws {
        try await Harness.run { app in
            let dispatcher = try await Self.token(app, "dispatcher", .dispatcher)
            let list = try await app.request(.get, "/api/v1/case-units", token: dispatcher)
            let names = try #require(try list.json()["items"] as? [[String: Any]]).compactMap { $0["name"] as? String }
            #expect(names.contains("天山区城管局") && names.contains("乌鲁木齐市城管局"))
            let unit =
                #"{"name": "米东区城管局", "names": {"en": "Midong District City Management", "ug": "مىدوڭ رايونلۇق شەھەر باشقۇرۇش ئىدارىسى"}, "region": "650109", "categories": ["C0101"]}"#
            let saved = try await app.request(.put, "/api/v1/case-units", token: app.adminToken, json: unit)
            #expect(saved.status == .ok)
            #expect(try await app.store.cases.unit(named: "米东区城管局")?.name(.en) == "Midong District City Management")
            #expect(try await app.request(.put, "/api/v1/case-units", token: dispatcher, json: unit).status == .forbidden)
            let bad = try await app.request(.put, "/api/v1/case-units", token: app.adminToken, json: #"{"name": "", "categories": ["C99"]}"#)
            #expect(bad.status == .badRequest)
            #expect(Set(try bad.errorDetails().compactMap { $0["field"] as? String }) == ["name", "categories"])
            let rule = try await app.request(
                .put, "/api/v1/routing-rules", token: app.adminToken, json: #"{"category": "C0101", "region": "650109", "unit": "米东城管"}"#)
            #expect(rule.status == .badRequest)
            #expect(try rule.errorDetails().map { $0["field"] as? String } == ["unit"])
        }
    }

    @Test("anyone not signed in is sent from 接诉即办 to the public form; every page offers to report; a citizen lists their own requests")
    func citizenPath() async throws {
        try await Harness.run { app in
            let anonymous = try await app.request(.get, "/hotline", headers: [.accept: "text/html"])
            #expect(anonymous.status == .found)
            #expect(anonymous.headers[.location] == "/hotline/new")
            let login = try await app.request(.get, "/login?lang=ug", headers: [.accept: "text/html"])
            #expect(login.text.contains("<a id=\"report-problem\" class=\"report\" href=\"/hotline/new\">مەسىلە ئىنكاس قىلىش</a>"))
            let citizen = try await Self.token(app, "citizen", .citizen)
            let other = try await Self.token(app, "other-citizen", .citizen)
            let created = try await app.request(
                .post, "/api/v1/cases", token: citizen, json: #"{"category": "C0101", "description": "我的诉求", "region": "650102"}"#)
            let id = try #require(try created.json()["id"] as? Int)
            _ = try await app.request(
                .post, "/api/v1/cases", token: other, json: #"{"category": "C0101", "description": "别人的诉求", "region": "650102"}"#)
            let code = try await app.store.cases.trackingCode(of: Int64(id))
            let mine = try await app.request(.get, "/hotline/mine", headers: [.authorization: "Bearer \(citizen)", .accept: "text/html"])
            #expect(mine.status == .ok)
            #expect(mine.text.contains("href=\"/hotline/track?code=\(code)\""))
            #expect(mine.text.contains("我的诉求"))
            #expect(!mine.text.contains("别人的诉求"))
        }
    }

    @Test("the register's page lists the units in each language; a unit saved on it with a problem comes back beside the field")
    func unitsPage() async throws {
        try await Harness.run { app in
            let session = try await app.browserSession()
            for language in Language.allCases.map(\.rawValue) {
                for path in ["/hotline/units", "/hotline/mine", "/hotline/new", "/hotline/track?code=k3m9"] {
                    let page = try await app.request(
                        .get, path + (path.contains("?") ? "&" : "?") + "lang=\(language)", headers: [.cookie: session.cookies, .accept: "text/html"])
                    #expect(page.text.range(of: #"\[[a-z]+_[a-zA-Z_]+\]"#, options: .regularExpression) == nil, "\(path) in \(language)")
                }
            }
            let english = try await app.request(.get, "/hotline/units?lang=en", headers: [.cookie: session.cookies, .accept: "text/html"])
            #expect(english.text.contains("Tianshan District City Management Bureau"))
            let body = "csrf=\(session.csrf)&name=&nameEn=Midong&nameUg=&region=650109&categories[]=C0101&categories[]=C99&supervisor="
            let refused = try await app.request(
                .post, "/hotline/units?lang=en", headers: [.cookie: session.cookies + "; oasis_lang=en", .accept: "text/html"], body: body,
                contentType: Self.form)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("id=\"name-error\""))
            #expect(refused.text.contains("id=\"categories-error\""))
            #expect(refused.text.contains("value=\"Midong\""), "what was typed is kept")
            #expect(refused.text.contains("<option value=\"650109\" selected"))
            let saved = try await app.request(
                .post, "/hotline/units", headers: [.cookie: session.cookies, .accept: "text/html"],
                body: "csrf=\(session.csrf)&name=\(Self.encoded("米东区城管局"))&nameEn=Midong&nameUg=&region=650109&categories[]=C0101&supervisor=",
                contentType: Self.form)
            #expect(saved.status == .found)
            #expect(
                try await app.store.cases.unit(named: "米东区城管局")
                    == CaseUnit(name: "米东区城管局", names: ["en": "Midong"], region: "650109", categories: ["C0101"]))
        }
    }

    @Test("a unit leaves the register over the API, the CLI's service and the page, unless open cases, routing rules or users still name it")
    func unitRemoval() async throws {
        try await Harness.run { app in
            let unit = #"{"name": "米东区城管局", "names": {"en": "Midong"}, "region": "650109", "categories": ["C0101"]}"#
            #expect(try await app.request(.put, "/api/v1/case-units", token: app.adminToken, json: unit).status == .ok)
            let dispatcher = try await Self.token(app, "dispatcher", .dispatcher)
            let path = "/api/v1/case-units/" + Self.encoded("米东区城管局")
            #expect(try await app.request(.delete, path, token: dispatcher).status == .forbidden)
            let rule = try await app.request(
                .put, "/api/v1/routing-rules", token: app.adminToken, json: #"{"category": "C0101", "region": "650109", "unit": "米东区城管局"}"#)
            #expect(rule.status == .ok)
            let inUse = try await app.request(.delete, path, token: app.adminToken)
            #expect(inUse.status == .conflict)
            #expect(try inUse.errorCode() == "case_unit_in_use")
            #expect(try inUse.errorDetails().first?["reason"] as? String == "1 routing rules")
            #expect(try await app.store.cases.unit(named: "米东区城管局") != nil, "nothing removed")
            let moved = try await app.request(
                .put, "/api/v1/routing-rules", token: app.adminToken, json: #"{"category": "C0101", "region": "650109", "unit": "天山区城管局"}"#)
            #expect(moved.status == .ok)
            let removed = try await app.request(.delete, path, token: app.adminToken)
            #expect(removed.status == .ok)
            #expect(try removed.json()["name"] as? String == "米东区城管局")
            #expect(try await app.store.cases.unit(named: "米东区城管局") == nil)
            #expect(try await app.request(.delete, path, token: app.adminToken).status == .notFound)
            let audit = try await app.request(.get, "/api/v1/audit?limit=5", token: app.adminToken)
            #expect(audit.text.contains("unit.remove"))

            // On the page: a unit that routing rules still name stays, and the page says why in its language.
            let session = try await app.browserSession()
            let refused = try await app.request(
                .post, "/hotline/units/remove?lang=en", headers: [.cookie: session.cookies + "; oasis_lang=en", .accept: "text/html"],
                body: "csrf=\(session.csrf)&name=\(Self.encoded("天山区城管局"))", contentType: Self.form)
            #expect(refused.status == .conflict)
            #expect(refused.text.contains("The unit 天山区城管局 is still in use"))
            #expect(try await app.store.cases.unit(named: "天山区城管局") != nil)
            _ = try await app.request(.put, "/api/v1/case-units", token: app.adminToken, json: unit)
            let gone = try await app.request(
                .post, "/hotline/units/remove", headers: [.cookie: session.cookies, .accept: "text/html"],
                body: "csrf=\(session.csrf)&name=\(Self.encoded("米东区城管局"))", contentType: Self.form)
            #expect(gone.status == .found)
            #expect(try await app.store.cases.unit(named: "米东区城管局") == nil)
        }
    }
}
