import Foundation
import HTTPTypes
import HummingbirdTesting
import OasisCore
import OasisRouting
import OasisServer
import OasisServices
import OasisStore
import OasisTestSupport
import Testing

@Suite("The complete-community checklist as a background job, kept with the job and shown on the living-circle page")
struct CommunityChecklistJobTests {
    /// On `AnalysisJobAPITests.street` (corners 160.6 m apart): the fixture's kindergarten at corner 0, a supermarket at
    /// corner 3, and three communities — a point at corner 0, an outline square around corner 2 (its centre is corner 2),
    /// a point at corner 3 — checked against a standard asking for a kindergarten and a supermarket or convenience shop
    /// within 400 m.
    @Test(
        "each community's required types within the distance, the missing ones, and one complete community of three",
        arguments: TestStoreKind.available)
    func checklist(kind: TestStoreKind) async throws {
        let folder = AnalysisJobAPITests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let standards = AccessStandards(
            completeCommunity: CompleteCommunityStandard(distance: 400, requiredTypes: ["kindergarten", "supermarket|convenience"]))
        try await Harness.run(
            kind,
            configure: {
                $0.analysisFolder = folder.path
                $0.accessStandards = standards
            }, live: true
        ) { app in
            try await AccessAnalysisFixture.seed(into: app.store)
            let corners = AccessAnalysisFixture.corners
            try await app.store.spatialFeatures.replace(
                layer: .facilities, source: "test", region: nil,
                with: [
                    SpatialFeature(
                        layer: .facilities, externalID: "kg", region: "650102", kind: "kindergarten", name: "Kindergarten",
                        geometry: .point(corners[0])),
                    SpatialFeature(
                        layer: .facilities, externalID: "shop", region: "650103", kind: "supermarket", name: "Shop", geometry: .point(corners[3])),
                ], by: .system)
            let square = [(-1.0, -1.0), (1, -1), (1, 1), (-1, 1), (-1, -1)].map {
                GeoPoint(longitude: corners[2].longitude + $0.0 * 0.0005, latitude: corners[2].latitude + $0.1 * 0.0005)
            }
            try await app.store.spatialFeatures.replace(
                layer: .communities, source: "test", region: nil,
                with: [
                    SpatialFeature(
                        layer: .communities, externalID: "west", region: "650102", kind: "community", name: "West", geometry: .point(corners[0])),
                    SpatialFeature(
                        layer: .communities, externalID: "middle", region: "650102", kind: "community", name: "Middle",
                        geometry: .polygon([square])),
                    SpatialFeature(
                        layer: .communities, externalID: "east", region: "650103", kind: "community", name: "East", geometry: .point(corners[3])),
                ], by: .system)
            let created = try await AnalysisJobAPITests.post(
                app, "region=650100&period=2026&analyses=communities&fileName=street.osm", Array(AnalysisJobAPITests.street.utf8))
            #expect(created.status == .accepted, "\(created.text)")
            let (_, end) = try await AnalysisJobAPITests.follow(app, job: try #require(try created.json()["id"] as? Int))
            #expect(end["state"] as? String == "succeeded", "\(end)")
            #expect(end["recorded"] as? [String] == ["communities"])
            // A finished job reads 100 %, though its last step (keeping the checklist) has no counts.
            #expect(end["percent"] as? Double == 100)
            let result = try #require((end["result"] as? [String: Any])?["communities"] as? [String: Any])
            #expect(result["distance"] as? Double == 400)
            #expect(result["required"] as? [String] == ["kindergarten", "supermarket|convenience"])
            #expect((result["missingTypes"] as? [String])?.isEmpty == true && (result["offNetwork"] as? [String])?.isEmpty == true)
            let checked = try #require(result["communities"] as? [[String: Any]])
            let byID = Dictionary(uniqueKeysWithValues: checked.compactMap { row in (row["id"] as? String).map { ($0, row) } })
            // West (corner 0): the kindergarten there (0 m); the shop 481.8 m away, beyond 400 m.
            #expect(byID["west"]?["missing"] as? [String] == ["supermarket|convenience"])
            #expect((byID["west"]?["present"] as? [String: Double])?["kindergarten"] == 0)
            // Middle (corner 2): the kindergarten 321.2 m, the shop 160.6 m: complete.
            #expect((byID["middle"]?["missing"] as? [String])?.isEmpty == true)
            let middle = try #require(byID["middle"]?["present"] as? [String: Double])
            #expect(abs((middle["kindergarten"] ?? 0) - 321.2) <= 0.2 && abs((middle["supermarket|convenience"] ?? 0) - 160.6) <= 0.2, "\(middle)")
            // East (corner 3): the shop there; the kindergarten 481.8 m away.
            #expect(byID["east"]?["missing"] as? [String] == ["kindergarten"])
            #expect(byID["west"]?["name"] as? String == "West" && byID["east"]?["region"] as? String == "650103")
            // Nothing else recorded: no access or shelter figures.
            #expect(try await app.store.analysisResults.figures(indicators: ["P04", "U22"]).isEmpty)

            let page = try await app.request(
                .get, "/living-circles?region=650100&lang=en", headers: [.authorization: "Bearer \(app.adminToken)", .accept: "text/html"])
            #expect(page.text.contains("1 of 3 communities are complete (every required facility within 400 m walk)"))
            #expect(page.text.contains("data-community=\"middle\" data-complete=\"true\""))
            #expect(page.text.contains("data-community=\"west\" data-complete=\"false\""))
            #expect(page.text.contains("<td class=\"num\">1/2</td>") && page.text.contains("<td class=\"num\">2/2</td>"))
            for language in ["zh-Hans", "ug"] {
                let other = try await app.request(
                    .get, "/living-circles?region=650100&lang=\(language)",
                    headers: [.authorization: "Bearer \(app.adminToken)", .accept: "text/html"])
                #expect(other.text.contains("id=\"community-list\""))
                #expect(other.text.range(of: #"\[[a-z]+_[a-z_]+\]"#, options: .regularExpression) == nil, "a missing message in \(language)")
            }
        }
    }
}
