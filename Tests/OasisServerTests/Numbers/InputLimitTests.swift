import Foundation
import HTTPTypes
import HummingbirdTesting
import OasisCore
import OasisCredentials
import OasisServer
import OasisServices
import OasisStore
import OasisTestSupport
import Testing

/// Issue 12, item 9 (the validation parts): negative budgets and weights, 100,000-character names, policies with
/// an empty id or an unknown level, schemes for measures that do not exist, a plan ending in year 2^63 − 1 and
/// hexadecimal latitudes were all accepted. Each now gets a 400 naming the field.
@Suite("Input limits: lengths, levels, measures, years and decimal notation are checked at the door")
struct InputLimitTests {
    static func fields(_ response: TestResponse) throws -> Set<String> {
        Set(try response.errorDetails().compactMap { $0["field"] as? String })
    }

    static let planJSON = #"{"region": "650200", "titleZh": "克拉玛依城市更新规划", "startYear": 2025, "endYear": 2030}"#

    @Test("a negative budget, a 100,000-character name and a 201-character unit are refused, naming each field", arguments: TestStoreKind.available)
    func projects(kind: TestStoreKind) async throws {
        try await Harness.run(kind) { app in
            let longName = String(repeating: "名", count: 100_000)
            let json =
                #"{"code": "LONG-1", "nameZh": "\#(longName)", "unit": "\#(String(repeating: "u", count: 201))", "type": "shelter", "region": "650102", "budget": {"fiscal": -1}}"#
            let answer = try await app.request(.post, "/api/v1/projects", token: app.analystToken, json: json)
            #expect(answer.status == .badRequest)
            #expect(try Self.fields(answer) == ["projects[0].nameZh", "projects[0].unit", "projects[0].budget.fiscal"])
            #expect(answer.text.contains("100000 characters long; at most 200"))
            let fine =
                #"{"code": "OK-1", "nameZh": "\#(String(repeating: "名", count: 200))", "type": "shelter", "region": "650102", "budget": {"fiscal": 0}}"#
            #expect(try await app.request(.post, "/api/v1/projects", token: app.analystToken, json: fine).status == .created)
            let csv = "code,name_zh,type,region,budget_fiscal\nLONG-2,\(longName),shelter,650102,-5\n"
            let file = try await app.request(
                .post, "/api/v1/projects/import?fileName=long.csv", token: app.analystToken, body: csv, contentType: "text/csv")
            #expect(file.status == .badRequest)
            #expect(Set(try file.errorDetails().compactMap { $0["column"] as? String }) == ["name_zh", "budget_fiscal"])
        }
    }

    @Test(
        "policies: an empty id, an unknown level and a 300-character title are refused; a well-formed policy is stored",
        arguments: TestStoreKind.available)
    func policies(kind: TestStoreKind) async throws {
        try await Harness.run(kind) { app in
            func policy(id: String, level: String, title: String = "克拉玛依城市更新意见") -> String {
                #"{"id": "\#(id)", "level": "\#(level)", "region": "650200", "issuedOn": "2026-01-15", "issuerZh": "克拉玛依市人民政府", "issuerEn": "Karamay", "#
                    + #""titleZh": "\#(title)", "titleEn": "Karamay opinions", "sections": [{"number": 1, "titleZh": "总则", "titleEn": "General"}], "#
                    + #""measures": [{"number": 1, "section": 1, "titleZh": "更新", "titleEn": "Renewal", "summaryZh": "s", "summaryEn": "s", "indicators": ["U01"]}]}"#
            }
            let empty = try await app.request(.post, "/api/v1/policies", token: app.analystToken, json: policy(id: "", level: "prefecture"))
            #expect(empty.status == .badRequest)
            #expect(try Self.fields(empty).contains("id"))
            let blank = try await app.request(.post, "/api/v1/policies", token: app.analystToken, json: policy(id: "   ", level: "prefecture"))
            #expect(try Self.fields(blank).contains("id"))
            let level = try await app.request(.post, "/api/v1/policies", token: app.analystToken, json: policy(id: "klmy-2026", level: "galactic"))
            #expect(level.status == .badRequest)
            #expect(try Self.fields(level) == ["level"])
            let long = try await app.request(
                .post, "/api/v1/policies", token: app.analystToken,
                json: policy(id: "klmy-2026", level: "prefecture", title: String(repeating: "政", count: 300)))
            #expect(try Self.fields(long) == ["titleZh"])
            let good = try await app.request(.post, "/api/v1/policies", token: app.analystToken, json: policy(id: "klmy-2026", level: "prefecture"))
            #expect(good.status == .created)
        }
    }

    @Test(
        "plans: end years of 2^63 − 1, 2^63 and 2101 are refused; schemes for measures the policy lacks are refused",
        arguments: TestStoreKind.available)
    func plansAndSchemes(kind: TestStoreKind) async throws {
        try await Harness.run(kind) { app in
            for end in ["9223372036854775807", "2101", "-9223372036854775808"] {
                let answer = try await app.request(
                    .post, "/api/v1/plans", token: app.analystToken,
                    json: Self.planJSON.replacingOccurrences(of: "2030", with: end))
                #expect(answer.status == .badRequest, "endYear \(end)")
                #expect(try Self.fields(answer).contains("endYear"), "endYear \(end)")
            }
            let overflow = try await app.request(
                .post, "/api/v1/plans", token: app.analystToken,
                json: Self.planJSON.replacingOccurrences(of: "2030", with: "9223372036854775808"))
            #expect(overflow.status == .badRequest)
            let unknownPolicy = try await app.request(
                .post, "/api/v1/plans", token: app.analystToken,
                json: Self.planJSON.replacingOccurrences(of: "\"startYear\"", with: "\"policyID\": \"nowhere\", \"startYear\""))
            #expect(try Self.fields(unknownPolicy) == ["policyID"])
            let plan = try await app.request(.post, "/api/v1/plans", token: app.analystToken, json: Self.planJSON)
            #expect(plan.status == .created)
            let planID = try #require(try plan.json()["id"] as? Int)
            // The built-in policy has measures 1 … 28.
            for measure in ["29", "999", "0", "-1", "9223372036854775807"] {
                let scheme = try await app.request(
                    .post, "/api/v1/plans/\(planID)/schemes", token: app.analystToken,
                    json: #"{"measure": \#(measure), "region": "650200", "titleZh": "实施方案"}"#)
                #expect(scheme.status == .badRequest, "measure \(measure)")
                #expect(try Self.fields(scheme).contains("measure"), "measure \(measure)")
            }
            let good = try await app.request(
                .post, "/api/v1/plans/\(planID)/schemes", token: app.analystToken,
                json: #"{"measure": 28, "region": "650200", "titleZh": "实施方案"}"#)
            #expect(good.status == .created)
        }
    }

    @Test("Open311: latitudes and longitudes in hexadecimal, inf or nan are refused as not numbers", arguments: TestStoreKind.available)
    func open311(kind: TestStoreKind) async throws {
        try await Harness.run(kind) { app in
            let identity = IdentityService(store: app.store, hasher: PasswordHasher(cost: 4))
            let user = try await identity.createUser(
                username: "app", displayName: "Citizen app", role: .citizen, scope: .everything,
                password: "password-app-1", by: .system)
            let key = try await identity.issueToken(for: user.id, name: "open311", by: .system).token
            for (lat, long, field) in [("0x1p5", "87.6", "lat"), ("43.8", "0x57p0", "long"), ("inf", "87.6", "lat"), ("43.8", "nan", "long")] {
                let answer = try await app.request(
                    .post, "/open311/v2/requests.json", body: "api_key=\(key)&service_code=C0101&lat=\(lat)&long=\(long)",
                    contentType: "application/x-www-form-urlencoded")
                #expect(answer.status == .badRequest, "\(lat), \(long)")
                #expect(answer.text.contains(field), "\(lat), \(long)")
            }
            let plain = try await app.request(
                .post, "/open311/v2/requests.json",
                body:
                    "api_key=\(key)&service_code=C0101&lat=43.8256&long=87.6168&description=%E4%BA%95%E7%9B%96%E7%BC%BA%E5%A4%B1&attribute%5Brequest_type%5D=RT03",
                contentType: "application/x-www-form-urlencoded")
            #expect(plain.status == .ok)
        }
    }
}

@Suite("Query numbers: years and offsets past their domains are refused instead of overflowing day and page arithmetic")
struct QueryNumberTests {
    @Test("the progress report's year, and list offsets, outside their domains get 400", arguments: TestStoreKind.available)
    func queries(kind: TestStoreKind) async throws {
        try await Harness.run(kind) { app in
            for year in ["9223372036854775807", "-9223372036854775808", "2101", "0x7e9"] {
                let report = try await app.request(.get, "/api/v1/reports/progress?year=\(year)", token: app.analystToken)
                #expect(report.status == .badRequest, "year \(year)")
            }
            #expect(try await app.request(.get, "/api/v1/reports/progress?year=2026", token: app.analystToken).status == .ok)
            for path in ["/api/v1/projects", "/api/v1/cases", "/ogc/collections/shelters/items"] {
                let answer = try await app.request(.get, "\(path)?offset=9223372036854775807", token: app.adminToken)
                #expect(answer.status == .badRequest, "\(path)")
            }
            let page = try await app.request(
                .get, "/projects?offset=9223372036854775807", headers: [.authorization: "Bearer \(app.analystToken)", .accept: "text/html"])
            #expect(page.status == .badRequest)
        }
    }
}

@Suite("Configuration numbers: a session lifetime outside a minute … a year is refused at start-up instead of trapping at every sign-in")
struct ConfigurationNumberTests {
    @Test("1e19, 0, −1 and 0.5 seconds are refused; 3600 is taken")
    func sessionLifetime() throws {
        for seconds in [1e19, 0, -1, 0.5, .infinity] {
            var configuration = ServerConfiguration()
            #expect(throws: OasisError.self, "\(seconds)") { try configuration.apply(PartialServerConfiguration(sessionLifetimeSeconds: seconds)) }
        }
        var configuration = ServerConfiguration()
        try configuration.apply(PartialServerConfiguration(sessionLifetimeSeconds: 3600))
        #expect(configuration.sessionLifetimeSeconds == 3600)
    }
}
