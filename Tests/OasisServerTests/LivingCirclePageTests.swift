import Foundation
import HTTPTypes
import HummingbirdTesting
import OasisCore
import OasisCredentials
import OasisRouting
import OasisServer
import OasisServices
import OasisStore
import OasisTestSupport
import Testing

@Suite("The living-circle page: layers on a map, recorded figures, scope")
struct LivingCirclePageTests {
    func page(_ app: Harness, _ path: String, token: String) async throws -> TestResponse {
        try await app.request(.get, path, headers: [.authorization: "Bearer \(token)", .accept: "text/html"])
    }

    @Test(
        "without a network the page says so and still draws facilities, shelters and residences; after a run it colours them and lists the figures",
        arguments: TestStoreKind.available)
    func renders(kind: TestStoreKind) async throws {
        try await Harness.run(kind) { app in
            try await AccessAnalysisFixture.seed(into: app.store)
            for language in ["zh-Hans", "en"] {
                let before = try await page(app, "/living-circles?region=650100&lang=\(language)", token: app.analystToken)
                #expect(before.status == .ok)
                #expect(before.text.contains("<svg"))
                #expect(before.text.contains("class=\"legend\""))
                #expect(before.text.contains("id=\"no-network\""))
                #expect(before.text.contains("id=\"no-figures\""))
                #expect(before.text.contains("data-category=\"facility:kindergarten\""))
                #expect(before.text.contains("data-category=\"shelter:emergency\""))
                #expect(before.text.contains("data-category=\"residence\""))
                #expect(before.text.contains("href=\"/living-circles\" aria-current=\"page\""))
                let missing = before.text.range(of: #"\[[a-z]+_[a-z_]+\]"#, options: .regularExpression)
                #expect(missing == nil, "a missing message in \(language)")
            }

            let service = AccessAnalysisService(store: app.store)
            let inputs = try await service.inputs(region: nil, by: .system)
            let network = try AccessAnalysisFixture.network()
            _ = try await service.record(
                service.access(inputs, network: network, sources: AccessAnalysisFixture.networkSources, standard: .gb50180, period: 2026),
                period: 2026, region: nil, by: .system)
            _ = try await service.record(service.shelters(inputs, network: network, period: 2026), period: 2026, region: nil, by: .system)
            let after = try await page(app, "/living-circles?region=650100&lang=en", token: app.analystToken)
            #expect(after.status == .ok)
            #expect(!after.text.contains("id=\"no-network\""))
            #expect(after.text.contains("class=\"valued\""))
            #expect(after.text.contains("Walk to Kindergarten ≤ 5 min"))
            #expect(after.text.contains("id=\"living-figures\""))
            // Urumqi: P04 37.5 %, U22 1.00 m²/person; Tianshan: 25.0 %, 2.00.
            #expect(after.text.contains("<td class=\"num\">37.5 %</td>"))
            #expect(after.text.contains("<td class=\"num\">1.00 m²/person</td>"))
            #expect(after.text.contains("<td class=\"num\">25.0 %</td>"))
            #expect(after.text.contains("<td class=\"num\">2.00 m²/person</td>"))
            // The whole tree by default.
            #expect(try await page(app, "/living-circles", token: app.analystToken).status == .ok)
        }
    }

    @Test("a region outside the user's scope is refused")
    func scope() async throws {
        try await Harness.run { app in
            let identity = IdentityService(store: app.store, hasher: PasswordHasher(cost: 4))
            let kashgar = try await identity.createUser(
                username: "kashgar", displayName: "K", role: .analyst, scope: AccessScope(regions: [try RegionCode("653100")]),
                password: "kashgar-password-1", by: .system)
            let token = try await identity.issueToken(for: kashgar.id, name: "test", by: .system).token
            #expect(try await page(app, "/living-circles?region=650100", token: token).status == .forbidden)
            #expect(try await page(app, "/living-circles?region=653100", token: token).status == .ok)
            #expect(try await page(app, "/living-circles", token: token).status == .ok)
            let signedOut = try await app.request(.get, "/living-circles", headers: [.accept: "text/html"])
            #expect(signedOut.headers[.location]?.hasPrefix("/login") == true)
        }
    }
}
