import Foundation
import HTTPTypes
import HummingbirdTesting
import OasisCore
import OasisServer
import OasisServices
import OasisStore
import OasisTestSupport
import Testing

@Suite("Identity, region import and audit over the API")
struct IdentityAPITests {
    @Test("an administrator creates a scoped user and a token that then works", arguments: TestStoreKind.available)
    func createUserAndToken(kind: TestStoreKind) async throws {
        try await Harness.run(kind) { app in
            let created = try await app.request(
                .post, "/api/v1/users", token: app.adminToken,
                json: """
                    {"username": "kashgar.dispatch", "role": "dispatcher", "password": "dispatch-secret-1", "scope": {"regions": ["653100"]}}
                    """)
            #expect(created.status == .created)
            let user = try created.json()
            #expect(user["role"] as? String == "dispatcher")
            #expect((user["scope"] as? [String: Any])?["regions"] as? [String] == ["653100"])
            #expect(created.text.contains("password") == false)
            let id = try #require(user["id"] as? Int)
            let issued = try await app.request(.post, "/api/v1/users/\(id)/tokens", token: app.adminToken, json: #"{"name": "tablet"}"#)
            #expect(issued.status == .created)
            let token = try #require(try issued.json()["token"] as? String)
            let me = try await app.request(.get, "/api/v1/me", token: token)
            #expect(try me.json()["username"] as? String == "kashgar.dispatch")
            let duplicate = try await app.request(
                .post, "/api/v1/users", token: app.adminToken,
                json: """
                    {"username": "kashgar.dispatch", "role": "analyst", "password": "dispatch-secret-1"}
                    """)
            #expect(duplicate.status == .conflict)
            let weak = try await app.request(
                .post, "/api/v1/users", token: app.adminToken,
                json: """
                    {"username": "weak", "role": "analyst", "password": "short"}
                    """)
            #expect(weak.status == .badRequest)
            #expect(try weak.errorDetails().first?["field"] as? String == "password")
        }
    }

    @Test("region CSV import over the API: all rows or none, errors by line and column", arguments: TestStoreKind.available)
    func regionImport(kind: TestStoreKind) async throws {
        try await Harness.run(kind) { app in
            let bad = "code,parent_code,level,name_zh,name_en\n653101001,653101,subdistrict,街道,Street\n65310X,653100,county,乙,B\n"
            let refused = try await app.request(.post, "/api/v1/regions/import", token: app.adminToken, body: bad, contentType: "text/csv")
            #expect(refused.status == .badRequest)
            let detail = try #require(try refused.errorDetails().first)
            #expect(detail["line"] as? Int == 3)
            #expect(detail["column"] as? String == "code")
            #expect(try await app.store.regions.get(try RegionCode("653101001")) == nil)
            let good = "code,parent_code,level,name_zh,name_en,population\n653101001,653101,subdistrict,恰萨街道,Qiasa Subdistrict,52000\n"
            let accepted = try await app.request(.post, "/api/v1/regions/import", token: app.adminToken, body: good, contentType: "text/csv")
            #expect(accepted.status == .ok)
            #expect(try accepted.json()["inserted"] as? Int == 1)
            let children = try await app.request(.get, "/api/v1/regions/653101/children")
            #expect((try children.json()["items"] as? [[String: Any]])?.first?["nameEn"] as? String == "Qiasa Subdistrict")
            let analyst = try await app.request(.post, "/api/v1/regions/import", token: app.analystToken, body: good, contentType: "text/csv")
            #expect(analyst.status == .forbidden)
        }
    }

    @Test("the audit API lists events and reports a tampered chain", arguments: TestStoreKind.available)
    func audit(kind: TestStoreKind) async throws {
        try await Harness.run(kind) { app in
            let list = try await app.request(.get, "/api/v1/audit?limit=5", token: app.adminToken)
            let items = try #require(try list.json()["items"] as? [[String: Any]])
            #expect(items.count == 5)
            #expect(items.first?["action"] as? String == "token.create")
            let intact = try await app.request(.get, "/api/v1/audit/verify", token: app.adminToken)
            #expect(try intact.json()["intact"] as? Bool == true)
            try await app.store.database.execute("UPDATE audit_events SET actor_name = 'someone else' WHERE seq = 10")
            let broken = try await app.request(.get, "/api/v1/audit/verify", token: app.adminToken)
            #expect(try broken.json()["intact"] as? Bool == false)
            let analystAllowed = try await app.request(.get, "/api/v1/audit", token: app.analystToken)
            #expect(analystAllowed.status == .ok)
        }
    }

    @Test("regions are public and carry census figures")
    func regions() async throws {
        try await Harness.run { app in
            let list = try await app.request(.get, "/api/v1/regions?level=prefecture")
            let items = try #require(try list.json()["items"] as? [[String: Any]])
            #expect(items.count == 24)
            let one = try await app.request(.get, "/api/v1/regions/650000")
            #expect(try one.json()["urbanisationRate"] as? Double == 56.53)
            let missing = try await app.request(.get, "/api/v1/regions/659999")
            #expect(missing.status == .notFound)
            // The list carries an ETag; it is served again from the cache, and changes when a region changes.
            let etag = try #require(list.headers[.eTag])
            #expect(try await app.request(.get, "/api/v1/regions?level=prefecture", headers: [.ifNoneMatch: etag]).status == .notModified)
            let cached = try await app.request(.get, "/api/v1/regions?level=prefecture")
            #expect(cached.text == list.text)
            var urumqi = try #require(try await app.store.regions.get(try RegionCode("650100")))
            urumqi.population = 4_100_000
            _ = try await app.store.regions.upsert([urumqi], by: .system)
            let fresh = try await app.request(.get, "/api/v1/regions?level=prefecture", headers: [.ifNoneMatch: etag])
            #expect(fresh.status == .ok)
            #expect(fresh.text.contains("4100000"))
        }
    }
}
