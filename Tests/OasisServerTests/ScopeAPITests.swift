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

@Suite("Scope over the API: users of Urumqi (650100), Kashgar (653100) and the whole province (650000) write and count only their own")
struct ScopeAPITests {
    static func token(_ app: Harness, _ name: String, _ role: Role, regions: [String] = [], units: [String] = []) async throws -> String {
        let identity = IdentityService(store: app.store, hasher: PasswordHasher(cost: 4))
        let user = try await identity.createUser(
            username: name, displayName: name, role: role,
            scope: AccessScope(regions: regions.map { try! RegionCode($0) }, units: units),
            password: "password-\(name)-1", by: .system)
        return try await identity.issueToken(for: user.id, name: "test", by: .system).token
    }

    @Test(
        "an Urumqi analyst cannot rewrite or move a Kashgar project by its code, through the API or a file import", arguments: TestStoreKind.available
    )
    func projectTakeover(kind: TestStoreKind) async throws {
        try await Harness.run(kind) { app in
            let urumqi = try await Self.token(app, "ur-analyst", .analyst, regions: ["650100"])
            let kashgar = try await Self.token(app, "ks-analyst", .analyst, regions: ["653100"])
            let created = try await app.request(
                .post, "/api/v1/projects", token: kashgar,
                json: PromotionAPITests.projectJSON("KS-2025-01", region: "653101"))
            #expect(created.status == .created)
            let id = try #require(((try created.json()["items"] as? [[String: Any]])?.first?["project"] as? [String: Any])?["id"] as? Int)

            let takeover = try await app.request(
                .post, "/api/v1/projects", token: urumqi, json: PromotionAPITests.projectJSON("KS-2025-01", region: "650102"))
            #expect(takeover.status == .conflict)
            #expect(try takeover.errorCode() == "project_code_taken")
            #expect(try takeover.errorDetails().first?["field"] as? String == "projects[0].code")
            #expect(!takeover.text.contains("653101"), "the refusal does not reveal the other region's project")

            let csv =
                "code,name_zh,type,region\nUR-2025-09,乌鲁木齐项目,old_neighbourhood_renovation,650102\nKS-2025-01,改写,old_neighbourhood_renovation,650102\n"
            let imported = try await app.request(.post, "/api/v1/projects/import", token: urumqi, body: csv, contentType: "text/csv")
            #expect(imported.status == .conflict)
            #expect(try imported.errorCode() == "project_code_taken")

            let kept = try await app.request(.get, "/api/v1/projects/\(id)", token: kashgar)
            #expect(kept.status == .ok)
            #expect((try kept.json()["project"] as? [String: Any])?["region"] as? String == "653101")
            #expect(
                try await app.store.projects.list(ProjectQuery(), for: .system).items.map(\.code) == ["KS-2025-01"],
                "nothing of either refused write was saved")
            #expect(try await app.request(.get, "/api/v1/projects/\(id)", token: urumqi).status == .notFound)

            let own = try await app.request(
                .post, "/api/v1/projects", token: urumqi, json: PromotionAPITests.projectJSON("UR-2025-01", region: "650102"))
            #expect(own.status == .created)
            let moved = try await app.request(
                .post, "/api/v1/projects", token: urumqi, json: PromotionAPITests.projectJSON("UR-2025-01", region: "653101"))
            #expect(moved.status == .forbidden, "a project cannot be moved out of the writer's scope")
        }
    }

    @Test(
        "routing rules, frameworks and policies change only inside the scope; province-wide ones only with a province-wide scope",
        arguments: TestStoreKind.available)
    func rulesFrameworksPolicies(kind: TestStoreKind) async throws {
        try await Harness.run(kind) { app in
            let urumqiDispatcher = try await Self.token(app, "ur-dispatcher", .dispatcher, regions: ["650100"])
            let provinceDispatcher = try await Self.token(app, "xj-dispatcher", .dispatcher, regions: ["650000"])
            let urumqiAnalyst = try await Self.token(app, "ur-analyst", .analyst, regions: ["650100"])
            let provinceAnalyst = try await Self.token(app, "xj-analyst", .analyst, regions: ["650000"])
            let citizen = try await Self.token(app, "citizen", .citizen)

            let kashgarRule = try await app.request(
                .put, "/api/v1/routing-rules", token: urumqiDispatcher,
                json: #"{"category": "C0101", "region": "653100", "unit": "乌鲁木齐市城管局"}"#)
            #expect(kashgarRule.status == .forbidden)
            let everywhere = try await app.request(
                .put, "/api/v1/routing-rules", token: urumqiDispatcher,
                json: #"{"category": "C0101", "unit": "乌鲁木齐市城管局"}"#)
            #expect(everywhere.status == .forbidden)
            #expect(try everywhere.errorCode() == "province_wide_scope_required")
            let kashgarCase = try await app.request(
                .post, "/api/v1/cases", token: citizen, json: #"{"category": "C0101", "description": "喀什", "region": "653101"}"#)
            #expect((try kashgarCase.json()["workflow"] as? [String: Any])?["status"] as? String == "registered", "no rule was set for Kashgar")

            #expect(
                try await app.request(
                    .put, "/api/v1/routing-rules", token: urumqiDispatcher,
                    json: #"{"category": "C0101", "region": "650102", "unit": "天山区城管局"}"#
                ).status == .ok)
            #expect(
                try await app.request(
                    .put, "/api/v1/routing-rules", token: provinceDispatcher,
                    json: #"{"category": "C0201", "unit": "自治区住建厅"}"#
                ).status == .ok)

            var framework = IndicatorFramework.builtIn
            framework.version = 2026
            let body = String(decoding: framework.encodedJSON(), as: UTF8.self)
            let regionalFramework = try await app.request(.post, "/api/v1/frameworks", token: urumqiAnalyst, json: body)
            #expect(regionalFramework.status == .forbidden)
            #expect(try regionalFramework.errorCode() == "province_wide_scope_required")
            #expect(try await app.store.frameworks.active() == nil)
            #expect(try await app.request(.post, "/api/v1/frameworks", token: provinceAnalyst, json: body).status == .created)

            var policy = Policy.xinjiang2025
            policy.titleZh = "乌鲁木齐改写的自治区政策"
            let policyBody = String(decoding: try JSONEncoder().encode(policy), as: UTF8.self)
            #expect(try await app.request(.post, "/api/v1/policies", token: urumqiAnalyst, json: policyBody).status == .forbidden)
            #expect(try await app.store.policies.get(Policy.builtInID)?.titleZh == Policy.xinjiang2025.titleZh)
            #expect(try await app.request(.post, "/api/v1/policies", token: provinceAnalyst, json: policyBody).status == .created)
        }
    }

    @Test(
        "metrics, hotspots and the supervisor dashboard show a scoped supervisor only its regions' and units' cases",
        arguments: TestStoreKind.available)
    func scopedFigures(kind: TestStoreKind) async throws {
        try await Harness.run(kind) { app in
            let dispatcher = try await Self.token(app, "xj-dispatcher", .dispatcher)
            let citizen = try await Self.token(app, "citizen", .citizen)
            let urumqi = try await Self.token(app, "ur-supervisor", .supervisor, regions: ["650100"])
            let kashgarUnit = try await Self.token(app, "ks-unit-supervisor", .supervisor, units: ["喀什市城管局"])
            let province = try await Self.token(app, "xj-supervisor", .supervisor, regions: ["650000"])
            for (region, unit) in [("650100", "天山区城管局"), ("653100", "喀什市城管局")] {
                #expect(
                    try await app.request(
                        .put, "/api/v1/routing-rules", token: dispatcher,
                        json: #"{"category": "C0101", "region": "\#(region)", "unit": "\#(unit)"}"#
                    ).status == .ok)
            }
            // Urumqi: two cases; Kashgar: three.
            for region in ["650102", "650102", "653101", "653101", "653101"] {
                let created = try await app.request(
                    .post, "/api/v1/cases", token: citizen, json: #"{"category": "C0101", "description": "井盖缺失", "region": "\#(region)"}"#)
                #expect(created.status == .created)
            }

            func figures(_ token: String, _ by: String) async throws -> [String: Int] {
                let response = try await app.request(.get, "/api/v1/cases/metrics?by=\(by)", token: token)
                #expect(response.status == .ok)
                let rows = try #require(try response.json()["items"] as? [[String: Any]])
                var result: [String: Int] = [:]
                for row in rows { result[row["key"] as? String ?? "?"] = (row["metrics"] as? [String: Any])?["cases"] as? Int }
                return result
            }
            #expect(try await figures(urumqi, "all") == ["": 2])
            #expect(try await figures(urumqi, "region") == ["650102": 2])
            #expect(try await figures(urumqi, "unit") == ["天山区城管局": 2])
            #expect(try await figures(kashgarUnit, "all") == ["": 3])
            #expect(try await figures(kashgarUnit, "unit") == ["喀什市城管局": 3])
            #expect(try await figures(province, "region") == ["650102": 2, "653101": 3])

            func hotspots(_ token: String) async throws -> [String] {
                let response = try await app.request(.get, "/api/v1/cases/hotspots", token: token)
                return try #require(try response.json()["items"] as? [[String: Any]]).map {
                    "\($0["region"] as? String ?? "") \($0["cases"] as? Int ?? 0)"
                }
            }
            #expect(try await hotspots(urumqi) == ["650102 2"])
            #expect(try await hotspots(kashgarUnit) == ["653101 3"])
            #expect(try await hotspots(province) == ["653101 3", "650102 2"])

            let dashboard = try await app.request(
                .get, "/hotline/dashboard?lang=en", headers: [.authorization: "Bearer \(urumqi)", .accept: "text/html"])
            #expect(dashboard.status == .ok)
            // Units by their names in the register, in the page's language.
            #expect(dashboard.text.contains("Tianshan District City Management Bureau"))
            #expect(!dashboard.text.contains("Kashgar City Management Bureau"))
            #expect(!dashboard.text.contains("喀什市城管局"))
            #expect(!dashboard.text.contains("653101"))
        }
    }
}
