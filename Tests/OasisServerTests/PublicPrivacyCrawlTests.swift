import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import OasisCore
import OasisCredentials
import OasisServer
import OasisServices
import OasisStore
import OasisTestSupport
import Testing

/// Privacy in public, tested as an outsider would: cases reported with names, phones and e-mails in public, redacted
/// and hidden categories and request types, then every public GET route of the route tables crawled without
/// authentication (and the Open311 reads again as a citizen who is not the reporter).
@Suite("Privacy in public: an outsider's crawl of every public route")
struct PublicPrivacyCrawlTests {
    /// A case as a citizen app posts it through Open311, with everything that must not leak.
    struct Report {
        var code: String
        var requestType: String?
        var description: String
        var address: String
        var latitude: String
        var longitude: String
        var firstName: String
        var lastName: String
        var phone: String
        var email: String

        var form: String {
            var fields = [
                "service_code": code, "description": description, "address_string": address, "lat": latitude, "long": longitude,
                "first_name": firstName, "last_name": lastName, "phone": phone, "email": email,
            ]
            if let requestType { fields["attribute[request_type]"] = requestType }
            return fields.map { "\(HotlineDeskTests.encoded($0.key))=\(HotlineDeskTests.encoded($0.value))" }.joined(separator: "&")
        }

        var contacts: [String] { [firstName, lastName, phone, email] }
    }

    static let open = Report(
        code: "C0101", requestType: "RT01", description: "PUBLIC-DESC 井盖缺失，回电 13812340001", address: "人民路1号", latitude: "43.825613",
        longitude: "87.616847", firstName: "Gongkai", lastName: "Wangpub", phone: "13812340001", email: "gongkai.wang@example.cn")
    static let complaint = Report(
        code: "C0104", requestType: "RT03", description: "HIDDEN-COMPLAINT 隔壁路灯彻夜不灭", address: "HIDDEN-ADDR-1 幸福路2号", latitude: "43.831172",
        longitude: "87.604219", firstName: "Tousu", lastName: "Lisecret", phone: "13912340002", email: "tousu.li@example.org")
    static let report = Report(
        code: "E0301", requestType: "RT04", description: "HIDDEN-REPORT 工地夜间违规施工", address: "HIDDEN-ADDR-2 建设路3号", latitude: "43.79233",
        longitude: "87.62731", firstName: "Jubao", lastName: "Zhaosecret", phone: "13712340003", email: "jubao@example.net")
    static let redacted = Report(
        code: "C0501", requestType: "RT02", description: "REDACTED-DESC 外墙脱落", address: "REDACTED-ADDR 和平路4号", latitude: "43.812345",
        longitude: "87.598765", firstName: "Baomi", lastName: "Qianred", phone: "13612340004", email: "baomi@example.com")

    /// Everything no public answer may contain.
    static var secrets: [String] {
        var texts = [open, complaint, report, redacted].flatMap(\.contacts)
        texts += ["HIDDEN-COMPLAINT", "HIDDEN-ADDR-1", "HIDDEN-REPORT", "HIDDEN-ADDR-2", "REDACTED-DESC", "REDACTED-ADDR"]
        // Exact coordinates, and the web form's reporter.
        texts += [open, complaint, report, redacted].flatMap { [$0.latitude, $0.longitude] }
        texts += ["Webform Reporter", "13512340005", "WEBFORM-HIDDEN", "43.80011", "87.61122"]
        return texts
    }

    /// The concrete URLs a public route is crawled at.
    static func urls(_ route: RouteDescription, ids: [String], collections: [String: String]) -> [String] {
        let path = route.openAPIPath
        switch path {
        case "/open311/v2/{resource}":
            return ["discovery", "services", "requests", "servicerequestupdates"].flatMap { ["/open311/v2/\($0).json", "/open311/v2/\($0).xml"] }
        case "/open311/v2/requests/{file}":
            return ids.flatMap { ["/open311/v2/requests/\($0).json", "/open311/v2/requests/\($0).xml"] }
        case "/open311/v2/services/{file}":
            return ["C0101.json", "C0104.xml", "C0501.json", "E0301.xml"].map { "/open311/v2/services/" + $0 }
        case "/open311/v2/tokens/{file}":
            return ["/open311/v2/tokens/unknown.json", "/open311/v2/tokens/unknown.xml"]
        case "/hotline/track":
            return ["/hotline/track", "/hotline/track?code=ABCD-EFGH-JKMN"] + ids.map { "/hotline/track?code=\($0)" }
        case "/ogc/collections/{collectionId}", "/ogc/collections/{collectionId}/items":
            return collections.keys.sorted().map { path.replacingOccurrences(of: "{collectionId}", with: $0) }
        case "/ogc/collections/{collectionId}/items/{featureId}":
            return collections.sorted { $0.key < $1.key }.map { "/ogc/collections/\($0.key)/items/\($0.value)" }
        default:
            return [RoleRouteMatrixTests.concrete(route)]
        }
    }

    static func list(_ response: TestResponse) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [[String: Any]])
    }

    @Test(
        "no name, phone or e-mail of any reporter, no text of a hidden or redacted case, no exact coordinate on any public route; staff and the reporter see in full",
        arguments: TestStoreKind.available)
    func crawl(kind: TestStoreKind) async throws {
        try await Harness.run(kind) { app in
            // The administrator marks housing and land (C05, so the unsafe building C0501) redacted, through the API.
            var taxonomy = CaseTaxonomy.builtIn
            let housing = try #require(taxonomy.categories.firstIndex { $0.code == "C05" })
            taxonomy.categories[housing].publicVisibility = .redacted
            let put = try await app.request(
                .put, "/api/v1/case-categories", token: app.adminToken, json: String(decoding: taxonomy.encodedJSON(), as: UTF8.self))
            #expect(put.status == .ok)
            let audited = try await app.store.audit.recent(limit: 20, for: .system).first { $0.action == "taxonomy.replace" }
            #expect(audited?.actorName == "admin")
            #expect(audited?.afterJSON?.contains("public grid 100 m; hidden: RT03,RT04; redacted: C05") == true)

            let key = try await Open311APITests.citizenKey(app)
            var ids: [String: String] = [:]
            for (name, report) in [("open", Self.open), ("complaint", Self.complaint), ("report", Self.report), ("redacted", Self.redacted)] {
                let posted = try await Open311APITests.form(app, "/open311/v2/requests.json", "api_key=\(key)&" + report.form)
                #expect(posted.status == .ok, "\(name): \(posted.text)")
                ids[name] = try #require(try Self.list(posted).first?["service_request_id"] as? String, "the id is a string")
            }
            // A complaint through the public web form, with the reporter's name and phone.
            let submitted = try await HotlineDeskTests.submit(
                app,
                [
                    "category": "C0302", "requestType": "RT03", "description": "WEBFORM-HIDDEN 垃圾桶满溢", "latitude": "43.80011",
                    "longitude": "87.61122", "region": "650102", "name": "Webform Reporter", "phone": "13512340005",
                ])
            let trackingCode = try HotlineDeskTests.code(submitted)
            let allIDs = ids.values.sorted()

            var collections: [String: String] = [:]
            let ogc = try await app.request(.get, "/ogc/collections?f=json")
            for collection in (try ogc.json()["collections"] as? [[String: Any]]) ?? [] {
                guard let id = collection["id"] as? String else { continue }
                let items = try await app.request(.get, "/ogc/collections/\(id)/items?f=json&limit=1")
                let feature = ((try items.json()["features"] as? [[String: Any]])?.first?["id"]).map { "\($0)" } ?? "1"
                collections[id] = feature
            }

            // The public case is dispatched: its deadline clock starts, and it has a second step.
            let staff = try await HotlineDeskTests.token(app, "dispatcher-all", .dispatcher)
            let dispatched = try await app.request(
                .post, "/api/v1/cases/\(ids["open"]!)/events", token: staff, json: #"{"event": "dispatch", "unit": "天山区城管局"}"#)
            #expect(dispatched.status == .ok)

            let citizen = try await Self.citizenToken(app)
            let publicRoutes = RouteCatalogue.all.filter { $0.method == .get && $0.access == .anyone }
            #expect(publicRoutes.count >= 20, "the crawl reads the route tables")
            var crawled = 0
            var bodies: [String: String] = [:]
            for route in publicRoutes {
                for url in Self.urls(route, ids: allIDs, collections: collections) {
                    var answers = [try await app.request(.get, url), try await app.request(.get, url, headers: [.accept: "text/html"])]
                    if route.kind == .open311 { answers.append(try await app.request(.get, url, token: citizen)) }
                    for answer in answers {
                        crawled += 1
                        let text = answer.text
                        for secret in Self.secrets {
                            #expect(!text.contains(secret), "\(url) (\(answer.status.code)) shows \(secret)")
                        }
                    }
                    bodies[url] = answers[0].text
                }
            }
            #expect(crawled > 60)

            // What the public does see: the public case, masked and on the grid; the redacted one without text or place.
            let requests = try Self.list(try await app.request(.get, "/open311/v2/requests.json"))
            let shown = Dictionary(uniqueKeysWithValues: requests.compactMap { item in (item["service_request_id"] as? String).map { ($0, item) } })
            #expect(Set(shown.keys) == [ids["open"]!, ids["redacted"]!])
            let open = try #require(shown[ids["open"]!])
            #expect(open["description"] as? String == "PUBLIC-DESC 井盖缺失，回电 ***")
            #expect(open["address"] as? String == "人民路1号")
            #expect(open["lat"] as? Double == 43.82568)
            #expect(open["long"] as? Double == 87.617209)
            #expect(open["media_url"] is NSNull)
            let deadline = try #require(try await app.store.cases.get(Int64(ids["open"]!)!, for: .system)?.deadlines?.resolveBy)
            #expect(open["expected_datetime"] as? String == W3CDateTime(deadline, utcOffsetSeconds: 8 * 3600).description, "the deadline")
            #expect(open["status_notes"] as? String != nil)
            let hidden = try #require(shown[ids["redacted"]!])
            #expect(hidden["description"] is NSNull && hidden["address"] is NSNull && hidden["lat"] is NSNull && hidden["long"] is NSNull)
            #expect(hidden["service_code"] as? String == "C0501" && hidden["status"] as? String == "open")
            for name in ["complaint", "report"] {
                let one = try await app.request(.get, "/open311/v2/requests/\(ids[name]!).json")
                #expect(one.status == .notFound, "\(name) is hidden")
                let xml = try await app.request(.get, "/open311/v2/requests/\(ids[name]!).xml")
                #expect(xml.status == .notFound && xml.text.contains("<errors>"))
            }
            #expect(bodies["/open311/v2/requests.xml"]?.contains("<lat>43.82568</lat>") == true)

            // servicerequestupdates: the public and the redacted case's steps, none of the hidden ones.
            let updates = try Self.list(try await app.request(.get, "/open311/v2/servicerequestupdates.json"))
            #expect(Set(updates.compactMap { $0["service_request_id"] as? String }) == [ids["open"]!, ids["redacted"]!])
            for update in updates {
                for field in ["update_id", "service_request_id", "status", "updated_datetime", "description", "media_url"] {
                    #expect(update[field] is String, "\(field) is a string")
                }
            }
            let openSteps = updates.filter { $0["service_request_id"] as? String == ids["open"] }.compactMap { $0["status"] as? String }
            #expect(openSteps == ["open", "investigating"], "registered, then dispatched")
            let updateIDs = updates.map { Int($0["update_id"] as? String ?? "") ?? 0 }
            #expect(updateIDs == updateIDs.sorted())
            let window = try await app.request(
                .get, "/open311/v2/servicerequestupdates.json?start_date=2020-01-01T00:00:00Z&end_date=2020-02-01T00:00:00Z")
            #expect(try Self.list(window).isEmpty, "nothing happened in January 2020")
            let badDate = try await app.request(.get, "/open311/v2/servicerequestupdates.xml?start_date=yesterday")
            #expect(badDate.status == .badRequest && badDate.text.contains("start_date"))

            // Staff within scope see everything, hidden cases and exact places included.
            let full = try Self.list(try await app.request(.get, "/open311/v2/requests.json", token: staff))
            #expect(Set(full.compactMap { $0["service_request_id"] as? String }).isSuperset(of: Set(allIDs)))
            let complaint = try #require(full.first { $0["service_request_id"] as? String == ids["complaint"] })
            #expect(complaint["description"] as? String == Self.complaint.description)
            #expect(complaint["lat"] as? Double == 43.831172)
            let staffOne = try await app.request(.get, "/open311/v2/requests/\(ids["report"]!).json", token: staff)
            #expect(staffOne.status == .ok && staffOne.text.contains("HIDDEN-REPORT"))
            let staffUpdates = try Self.list(try await app.request(.get, "/open311/v2/servicerequestupdates.json", token: staff))
            #expect(Set(staffUpdates.compactMap { $0["service_request_id"] as? String }).isSuperset(of: Set(allIDs)))

            // The reporter sees their own hidden complaint in full on the tracking page.
            let tracked = try await app.request(.get, "/hotline/track?code=\(trackingCode)", headers: [.accept: "text/html"])
            #expect(tracked.status == .ok)
            #expect(tracked.text.contains("<dd id=\"case-description\" translate=\"no\">WEBFORM-HIDDEN 垃圾桶满溢</dd>"))
            #expect(!tracked.text.contains("case-address"), "no address given, no address row")
        }
    }

    /// A citizen who reported nothing, with an API token.
    static func citizenToken(_ app: Harness) async throws -> String {
        try await HotlineDeskTests.token(app, "other-citizen", .citizen)
    }
}
