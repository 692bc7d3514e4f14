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

@Suite("Open311 GeoReport v2 endpoints in JSON and XML, and the Los Angeles file through a mapping")
struct Open311APITests {
    static func citizenKey(_ app: Harness) async throws -> String {
        let identity = IdentityService(store: app.store, hasher: PasswordHasher(cost: 4))
        let user = try await identity.createUser(
            username: "app", displayName: "Citizen app", role: .citizen, scope: .everything, password: "password-app-1", by: .system)
        return try await identity.issueToken(for: user.id, name: "open311", by: .system).token
    }

    static func form(_ app: Harness, _ path: String, _ body: String) async throws -> TestResponse {
        try await app.request(.post, path, body: body, contentType: "application/x-www-form-urlencoded")
    }

    @Test("discovery, services, a definition, POST, GET one and GET with filters, in both formats", arguments: TestStoreKind.available)
    func endpoints(kind: TestStoreKind) async throws {
        try await Harness.run(kind) { app in
            let key = try await Self.citizenKey(app)
            let discovery = try await app.request(.get, "/open311/v2/discovery.json")
            #expect(discovery.status == .ok)
            #expect(
                discovery.text.contains("\"specification\":\"http://wiki.open311.org/GeoReport_v2\"")
                    || discovery.text.contains("http://wiki.open311.org/GeoReport_v2"))
            let services = try await app.request(.get, "/open311/v2/services.xml")
            #expect(services.headers[.contentType]?.hasPrefix("text/xml") == true)
            #expect(services.text.contains("<services>"))
            #expect(services.text.contains("<service_code>C0101</service_code>"))
            let json = try await app.request(.get, "/open311/v2/services.json")
            let list = try #require(try JSONSerialization.jsonObject(with: Data(json.body.readableBytesView)) as? [[String: Any]])
            #expect(list.contains { $0["service_code"] as? String == "C0101" && $0["type"] as? String == "realtime" })
            let definition = try await app.request(.get, "/open311/v2/services/C0101.json")
            #expect(definition.text.contains("\"request_type\""))

            let posted = try await Self.form(
                app, "/open311/v2/requests.json",
                "api_key=\(key)&service_code=C0101&lat=43.8256&long=87.6168&description=%E4%BA%95%E7%9B%96%E7%BC%BA%E5%A4%B1&attribute%5Brequest_type%5D=RT01&email=wang%40example.cn"
            )
            #expect(posted.status == .ok)
            let receipt = try #require(try JSONSerialization.jsonObject(with: Data(posted.body.readableBytesView)) as? [[String: Any]])
            // Request ids are strings (the spec's examples write numbers; clients such as FixMyStreet treat ids as text).
            let id = try #require(receipt.first?["service_request_id"] as? String)
            let xmlPost = try await Self.form(
                app, "/open311/v2/requests.xml", "api_key=\(key)&service_code=C0101&address_string=%E4%BA%BA%E6%B0%91%E8%B7%AF1%E5%8F%B7")
            #expect(xmlPost.text.contains("<service_requests>") && xmlPost.text.contains("<service_request_id>"))

            let one = try await app.request(.get, "/open311/v2/requests/\(id).json")
            let request = try #require((try JSONSerialization.jsonObject(with: Data(one.body.readableBytesView)) as? [[String: Any]])?.first)
            #expect(request["status"] as? String == "open")
            #expect(request["service_code"] as? String == "C0101")
            // The public sees the point on the 100 m grid (PublicGrid: 43.8256, 87.6168 → 43.82568, 87.617209).
            #expect(request["lat"] as? Double == 43.82568)
            #expect(request["long"] as? Double == 87.617209)
            #expect(request["email"] == nil, "contact details are never published")
            let oneXML = try await app.request(.get, "/open311/v2/requests/\(id).xml")
            #expect(oneXML.text.contains("<status>open</status>"))
            let open = try await app.request(.get, "/open311/v2/requests.json?status=open&service_code=C0101")
            #expect((try JSONSerialization.jsonObject(with: Data(open.body.readableBytesView)) as? [[String: Any]])?.count == 2)
            let closed = try await app.request(.get, "/open311/v2/requests.json?status=closed")
            #expect((try JSONSerialization.jsonObject(with: Data(closed.body.readableBytesView)) as? [[String: Any]])?.isEmpty == true)
            let byID = try await app.request(.get, "/open311/v2/requests.xml?service_request_id=\(id)")
            #expect(byID.text.components(separatedBy: "<request>").count - 1 == 1)
        }
    }

    @Test(
        "errors come back as the spec's error list with the field named: api_key missing or wrong, unknown service, missing field, coordinates out of range"
    )
    func errors() async throws {
        try await Harness.run { app in
            let key = try await Self.citizenKey(app)
            let noKey = try await Self.form(app, "/open311/v2/requests.xml", "service_code=C0101&lat=43.8&long=87.6")
            #expect(noKey.status == .forbidden)
            #expect(noKey.text.contains("<errors>") && noKey.text.contains("<code>403</code>"))
            let wrongKey = try await Self.form(app, "/open311/v2/requests.json", "api_key=oas_wrong&service_code=C0101&lat=43.8&long=87.6")
            #expect(wrongKey.status == .forbidden)
            #expect(wrongKey.text.contains("api_key"))
            let unknown = try await Self.form(app, "/open311/v2/requests.json", "api_key=\(key)&service_code=ZZZ&lat=43.8&long=87.6")
            #expect(unknown.status == .notFound)
            let missing = try await Self.form(app, "/open311/v2/requests.json", "api_key=\(key)&lat=43.8&long=87.6")
            #expect(missing.status == .badRequest)
            #expect(missing.text.contains("service_code"))
            let away = try await Self.form(app, "/open311/v2/requests.json", "api_key=\(key)&service_code=C0101&lat=93.8&long=87.6")
            #expect(away.status == .badRequest)
            #expect(away.text.contains("lat"))
            let nowhere = try await Self.form(app, "/open311/v2/requests.json", "api_key=\(key)&service_code=C0101&description=x")
            #expect(nowhere.status == .badRequest)
            let format = try await app.request(.get, "/open311/v2/services.yaml")
            #expect(format.status == .notFound)
            let badDate = try await app.request(.get, "/open311/v2/requests.json?start_date=yesterday")
            #expect(badDate.status == .badRequest)
            #expect(badDate.text.contains("start_date"))
        }
    }

    @Test(
        "the real Los Angeles file imports through its mapping file and its metrics are computed",
        .enabled(
            if: SharedData.runs("hotline/la_myla311_2018-01-01_10k.csv"),
            Comment(rawValue: SharedData.skipReason("hotline/la_myla311_2018-01-01_10k.csv"))), arguments: TestStoreKind.available)
    func losAngeles(kind: TestStoreKind) async throws {
        let file = try SharedData.require("hotline/la_myla311_2018-01-01_10k.csv")
        let mappingURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "../../docs/examples/la-myla311-mapping.json"
        ).standardized
        let mapping = try JSONDecoder().decode(CaseImportMapping.self, from: try Data(contentsOf: mappingURL))
        try await Harness.run(kind) { app in
            let service = CaseService(store: app.store)
            let bytes = Array(try Data(contentsOf: file))
            let outcome = try await service.importHistorical(csv: bytes, mapping: mapping, fileName: "la.csv", acceptValid: false, by: .system)
            #expect(outcome.rows == 10_000)
            #expect(outcome.written == 10_000)
            #expect(outcome.rejected == 0)
            let again = try await service.importHistorical(csv: bytes, mapping: mapping, fileName: "la.csv", acceptValid: false, by: .system)
            #expect(again.written == 0)
            #expect(again.skipped == 10_000)
            let metrics = try await app.store.cases.metrics(.all, byMonth: false, asOf: Date(timeIntervalSince1970: 1_600_000_000), for: .system)
            let overall = try #require(metrics.first?.metrics)
            #expect(overall.cases == 10_000)
            let closureRate = try #require(overall.closureRate)
            #expect(closureRate > 50 && closureRate <= 100)
            let byCategory = try await app.store.cases.metrics(
                .category, byMonth: false, asOf: Date(timeIntervalSince1970: 1_600_000_000), for: .system)
            let counted = byCategory.map(\.metrics.cases).reduce(0, +)
            #expect(counted == 10_000)
            let byMonth = try await app.store.cases.metrics(.all, byMonth: true, asOf: Date(timeIntervalSince1970: 1_600_000_000), for: .system)
            #expect(byMonth.allSatisfy { $0.month?.hasPrefix("2018") == true || $0.month?.hasPrefix("2017") == true })
        }
    }

    @Test("a case file with bad rows is refused with every line and column named, and nothing is written", arguments: TestStoreKind.available)
    func badCaseFile(kind: TestStoreKind) async throws {
        let mappingURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "../../docs/examples/la-myla311-mapping.json"
        ).standardized
        var strict = try JSONDecoder().decode(CaseImportMapping.self, from: try Data(contentsOf: mappingURL))
        strict.category.unmapped = .refuse
        let mapping = strict
        let header =
            "SRNumber,CreatedDate,UpdatedDate,ActionTaken,Owner,RequestType,Status,RequestSource,MobileOS,Anonymous,AssignTo,ServiceDate,ClosedDate,AddressVerified,ApproximateAddress,Address,HouseNumber,Direction,StreetName,Suffix,ZipCode,Latitude,Longitude,Location,TBMPage,TBMColumn,TBMRow,APC,CD,CDMember,NC,NCName,PolicePrecinct"
        let good = "1-1,01/01/2018 12:00:09 AM,,,BOS,Bulky Items,Closed,Call,,N,,,01/06/2018 10:18:29 AM,,,x,,,,,,34.06,-118.29,,,,,,,,,,"
        let badDate = "1-2,13/45/2018 12:00:09 AM,,,BOS,Bulky Items,Closed,Call,,N,,,,,,x,,,,,,34.06,-118.29,,,,,,,,,,"
        let unknown = "1-3,01/01/2018 12:00:09 AM,,,BOS,Dragon Sighting,Closed,Call,,N,,,,,,x,,,,,,34.06,-118.29,,,,,,,,,,"
        let csv = [header, good, badDate, unknown].joined(separator: "\n") + "\n"
        try await Harness.run(kind) { app in
            await #expect {
                try await CaseService(store: app.store).importHistorical(
                    csv: Array(csv.utf8), mapping: mapping, fileName: "bad.csv", acceptValid: false, by: .system)
            } throws: { error in
                guard let error = error as? OasisError, error.code == "case_file_invalid" else { return false }
                let lines = Set(error.details.compactMap(\.line))
                let columns = Set(error.details.compactMap(\.column))
                return lines == [3, 4] && columns.contains("CreatedDate") && columns.contains("RequestType")
            }
            let stored = try await app.store.cases.list(CaseQuery(), for: .system)
            #expect(stored.total == 0)
            let accepted = try await CaseService(store: app.store).importHistorical(
                csv: Array(csv.utf8), mapping: mapping, fileName: "bad.csv", acceptValid: true, by: .system)
            #expect(accepted.written == 1)
            #expect(accepted.rejected == 2)
        }
    }
}
