import Foundation
import HTTPTypes
import HummingbirdTesting
import Logging
import OasisCore
import OasisCredentials
import OasisServer
import OasisServices
import OasisStore
import OasisTestSupport
import Testing

@Suite("OGC API Features")
struct OGCFeaturesTests {
    /// 25 kindergartens on a 5 × 5 grid 0.01° apart from (87.60, 43.80), ids K0…K24 row by row, and one shelter.
    static func kindergartens() -> String {
        let features = (0..<25).map { index in
            let lon = 87.60 + Double(index % 5) * 0.01
            let lat = 43.80 + Double(index / 5) * 0.01
            return
                #"{"type": "Feature", "id": "K\#(index)", "geometry": {"type": "Point", "coordinates": [\#(lon), \#(lat)]}, "properties": {"type": "kindergarten", "name": "幼儿园 \#(index) \"quoted\""}}"#
        }
        return #"{"type": "FeatureCollection", "features": [\#(features.joined(separator: ","))]}"#
    }

    static let residences =
        #"{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": {"type": "Point", "coordinates": [87.61, 43.81]}, "properties": {"population": 1200}}]}"#

    static func seeded(_ kind: TestStoreKind, behindProxy: Bool = false, _ body: @Sendable @escaping (Harness) async throws -> Void) async throws {
        try await Harness.run(
            kind, configure: { if behindProxy { $0.trustedProxies = ["127.0.0.1", "::1"].compactMap(IPAddressRange.init) } },
            live: behindProxy
        ) { app in
            let put = try await app.request(
                .put, "/api/v1/layers/facilities?region=650102&source=survey", token: app.analystToken, json: kindergartens())
            #expect(put.status == .ok)
            let residences = try await app.request(
                .put, "/api/v1/layers/residences?region=650102&source=census", token: app.analystToken, json: Self.residences)
            #expect(residences.status == .ok)
            try await body(app)
        }
    }

    @Test("the landing page links the API definition, conformance and collections; conformance declares Core and GeoJSON only")
    func landingAndConformance() async throws {
        try await Harness.run(configure: { $0.publicBaseURL = "http://oasis.example:8080" }) { app in
            let landing = try await app.request(.get, "/ogc", headers: [HTTPField.Name("X-Forwarded-Host")!: "ignored.example"])
            #expect(landing.status == .ok)
            let links = try #require(try landing.json()["links"] as? [[String: Any]])
            let byRel = Dictionary(links.map { ($0["rel"] as? String ?? "", $0["href"] as? String ?? "") }, uniquingKeysWith: { first, _ in first })
            #expect(byRel["service-desc"] == "http://oasis.example:8080/openapi.json")
            #expect(byRel["conformance"] == "http://oasis.example:8080/ogc/conformance")
            #expect(byRel["data"] == "http://oasis.example:8080/ogc/collections")
            #expect(links.allSatisfy { $0["type"] is String })
            let definition = try await app.request(.get, "/openapi.json")
            #expect(definition.status == .ok)
            let paths = try #require(try definition.json()["paths"] as? [String: Any])
            #expect(paths["/ogc/collections/{collectionId}/items"] != nil)
            let conformance = try await app.request(.get, "/ogc/conformance")
            #expect(
                try conformance.json()["conformsTo"] as? [String] == [
                    "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
                    "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
                ])
        }
    }

    @Test("collections: anyone sees facilities and shelters, an analyst all five; extents hold every feature", arguments: TestStoreKind.available)
    func collections(_ kind: TestStoreKind) async throws {
        try await Self.seeded(kind) { app in
            let anonymous = try await app.request(.get, "/ogc/collections")
            #expect(anonymous.status == .ok)
            let visible = try #require(try anonymous.json()["collections"] as? [[String: Any]])
            #expect(visible.compactMap { $0["id"] as? String } == ["facilities", "shelters"])
            let analyst = try await app.request(.get, "/ogc/collections", token: app.analystToken)
            let all = try #require(try analyst.json()["collections"] as? [[String: Any]])
            #expect(all.compactMap { $0["id"] as? String } == ["facilities", "residences", "shelters", "communities", "access"])
            let facilities = try await app.request(.get, "/ogc/collections/facilities")
            let extent = try #require(((try facilities.json()["extent"] as? [String: Any])?["spatial"] as? [String: Any])?["bbox"] as? [[Double]])
            #expect(extent.count == 1)
            let box = extent[0]
            #expect(abs(box[0] - 87.60) < 1e-9 && abs(box[1] - 43.80) < 1e-9 && abs(box[2] - 87.64) < 1e-9 && abs(box[3] - 43.84) < 1e-9)
            let collectionLinks = try #require(try facilities.json()["links"] as? [[String: Any]])
            #expect(collectionLinks.contains { $0["rel"] as? String == "items" && $0["type"] as? String == "application/geo+json" })
        }
    }

    @Test(
        "items page with limit and offset: numberMatched, numberReturned, next and prev links that walk the whole collection",
        arguments: TestStoreKind.available)
    func paging(_ kind: TestStoreKind) async throws {
        try await Self.seeded(kind) { app in
            var next: String? = "/ogc/collections/facilities/items?limit=10"
            var names: [String] = []
            var pages = 0
            while let uri = next {
                let path = uri.range(of: "/ogc/").map { String(uri[$0.lowerBound...]) } ?? uri
                let page = try await app.request(.get, path)
                #expect(page.status == .ok)
                #expect(page.headers[.contentType] == "application/geo+json")
                let body = try page.json()
                let features = try #require(body["features"] as? [[String: Any]])
                #expect(body["type"] as? String == "FeatureCollection")
                #expect(body["numberMatched"] as? Int == 25)
                #expect(body["numberReturned"] as? Int == features.count)
                #expect(body["timeStamp"] is String)
                names += features.compactMap { ($0["properties"] as? [String: Any])?["name"] as? String }
                let links = try #require(body["links"] as? [[String: Any]])
                #expect(links.contains { $0["rel"] as? String == "self" && $0["type"] as? String == "application/geo+json" })
                #expect(links.contains { $0["rel"] as? String == "collection" })
                #expect(links.contains { $0["rel"] as? String == "prev" } == (pages > 0))
                next = links.first { $0["rel"] as? String == "next" }?["href"] as? String
                pages += 1
            }
            #expect(pages == 3)
            #expect(names.count == 25 && Set(names).count == 25)
            #expect(names.first == "幼儿园 0 \"quoted\"")
            // A limit above the maximum is taken as the maximum, not refused.
            let large = try await app.request(.get, "/ogc/collections/facilities/items?limit=50000")
            #expect(large.status == .ok)
            #expect(try large.json()["numberReturned"] as? Int == 25)
            let defaulted = try await app.request(.get, "/ogc/collections/facilities/items")
            #expect(try defaulted.json()["numberReturned"] as? Int == 10)
        }
    }

    @Test("bbox keeps exactly the features inside it, four or six numbers; datetime matches everything", arguments: TestStoreKind.available)
    func bbox(_ kind: TestStoreKind) async throws {
        try await Self.seeded(kind) { app in
            // Columns 1–2 and rows 0–1 of the grid: 4 features.
            let box = try await app.request(.get, "/ogc/collections/facilities/items?bbox=87.605,43.795,87.625,43.815&limit=100")
            let body = try box.json()
            #expect(body["numberMatched"] as? Int == 4)
            let coordinates = (body["features"] as? [[String: Any]] ?? []).compactMap {
                ($0["geometry"] as? [String: Any])?["coordinates"] as? [Double]
            }
            #expect(coordinates.count == 4)
            #expect(coordinates.allSatisfy { (87.605...87.625).contains($0[0]) && (43.795...43.815).contains($0[1]) })
            let withHeights = try await app.request(.get, "/ogc/collections/facilities/items?bbox=87.605,43.795,0,87.625,43.815,100")
            #expect(try withHeights.json()["numberMatched"] as? Int == 4)
            let timed = try await app.request(.get, "/ogc/collections/facilities/items?datetime=2026-01-01T00:00:00Z/..")
            #expect(try timed.json()["numberMatched"] as? Int == 25)
            let nowhere = try await app.request(.get, "/ogc/collections/facilities/items?bbox=10,10,11,11")
            #expect(try nowhere.json()["numberMatched"] as? Int == 0)
        }
    }

    @Test("one item with self and collection links; unknown features and collections are 404", arguments: TestStoreKind.available)
    func oneItem(_ kind: TestStoreKind) async throws {
        try await Self.seeded(kind) { app in
            let page = try await app.request(.get, "/ogc/collections/facilities/items?limit=1")
            let first = try #require((try page.json()["features"] as? [[String: Any]])?.first)
            let id = try #require(first["id"] as? Int)
            let item = try await app.request(.get, "/ogc/collections/facilities/items/\(id)")
            #expect(item.status == .ok)
            #expect(item.headers[.contentType] == "application/geo+json")
            let feature = try item.json()
            #expect(feature["type"] as? String == "Feature" && feature["id"] as? Int == id)
            let rels = (feature["links"] as? [[String: Any]] ?? []).compactMap { $0["rel"] as? String }
            #expect(rels == ["self", "collection"])
            #expect(try await app.request(.get, "/ogc/collections/facilities/items/999999").status == .notFound)
            #expect(try await app.request(.get, "/ogc/collections/facilities/items/abc").status == .notFound)
            #expect(try await app.request(.get, "/ogc/collections/parks/items").status == .notFound)
            #expect(try await app.request(.get, "/ogc/collections/parks").status == .notFound)
        }
    }

    @Test("bad parameters are 400 naming the parameter; protected collections need a reader (401, 403)")
    func refusals() async throws {
        try await Self.seeded(.sqlite) { app in
            let cases: [(String, String)] = [
                ("/ogc/collections/facilities/items?limit=0", "limit"),
                ("/ogc/collections/facilities/items?limit=ten", "limit"),
                ("/ogc/collections/facilities/items?offset=-1", "offset"),
                ("/ogc/collections/facilities/items?bbox=1,2,3", "bbox"),
                ("/ogc/collections/facilities/items?bbox=87,44,88,43", "bbox"),
                ("/ogc/collections/facilities/items?bbox=170,0,-170,10", "bbox"),
                ("/ogc/collections/facilities/items?bbox=0,0,200,10", "bbox"),
                ("/ogc/collections/facilities/items?datetime=yesterday", "datetime"),
                ("/ogc/collections/facilities/items?datetime=../..", "datetime"),
                ("/ogc/collections/facilities/items?f=html", "f"),
                ("/ogc/collections/facilities/items?colour=red", "colour"),
                ("/ogc/collections?limit=5", "limit"),
                ("/ogc?foo=1", "foo"),
            ]
            for (uri, field) in cases {
                let response = try await app.request(.get, uri)
                #expect(response.status == .badRequest, "\(uri)")
                let fields = try response.errorDetails().compactMap { $0["field"] as? String }
                #expect(fields == [field], "\(uri)")
            }
            #expect(try await app.request(.get, "/ogc/collections/residences/items").status == .unauthorized)
            let residences = try await app.request(.get, "/ogc/collections/residences/items", token: app.analystToken)
            #expect(try residences.json()["numberMatched"] as? Int == 1)
            let identity = IdentityService(store: app.store, hasher: PasswordHasher(cost: 4))
            let user = try await identity.createUser(
                username: "dispatch", displayName: "D", role: .dispatcher, scope: .everything, password: "dispatch-password-1", by: .system)
            let token = try await identity.issueToken(for: user.id, name: "test", by: .system).token
            #expect(try await app.request(.get, "/ogc/collections/residences/items", token: token).status == .forbidden)
            // A dispatcher still reads the public collections.
            #expect(try await app.request(.get, "/ogc/collections/facilities/items", token: token).status == .ok)
        }
    }

    @Test("a page asked again is answered from the kept copy with a fresh timeStamp; each host and each query gets its own page")
    func keptPages() async throws {
        try await Self.seeded(.sqlite, behindProxy: true) { app in
            let uri = "/ogc/collections/facilities/items?limit=3&offset=3&bbox=87.595,43.795,87.625,43.845"
            let first = try await app.request(.get, uri)
            let again = try await app.request(.get, uri)
            #expect(first.status == .ok && again.status == .ok)
            let firstBody = try first.json()
            let againBody = try again.json()
            #expect(firstBody["timeStamp"] is String && againBody["timeStamp"] is String)
            let withoutStamp = { (text: String) in text.replacingOccurrences(of: #""timeStamp":"[^"]*""#, with: "", options: .regularExpression) }
            #expect(withoutStamp(first.text) == withoutStamp(again.text))
            // The box holds columns 0–2 (87.60–87.62) of rows 0–4 (43.80–43.84): 15 kindergartens.
            #expect(firstBody["numberMatched"] as? Int == 15)
            #expect(firstBody["numberReturned"] as? Int == 3)
            let proxied = try await app.request(.get, uri, headers: [HTTPField.Name("X-Forwarded-Host")!: "oasis.example"])
            let links = try #require(try proxied.json()["links"] as? [[String: Any]])
            let selfLink = try #require(links.first { $0["rel"] as? String == "self" }?["href"] as? String)
            #expect(selfLink.hasPrefix("http://oasis.example/ogc/collections/facilities/items?limit=3&offset=3&bbox="))
            let firstLinks = try #require(firstBody["links"] as? [[String: Any]])
            #expect(firstLinks.allSatisfy { ($0["href"] as? String)?.contains("oasis.example") == false })
            let otherPage = try await app.request(.get, "/ogc/collections/facilities/items?limit=3&offset=6&bbox=87.595,43.795,87.625,43.845")
            #expect(try otherPage.json()["numberReturned"] as? Int == 3)
            #expect(withoutStamp(otherPage.text) != withoutStamp(first.text))
        }
    }

    @Test("many requests at once right after a write all see the written layer", arguments: TestStoreKind.available)
    func concurrentAfterWrite(_ kind: TestStoreKind) async throws {
        try await Self.seeded(kind) { app in
            let more =
                #"{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": {"type": "Point", "coordinates": [87.7, 43.9]}, "properties": {"type": "clinic"}}]}"#
            let put = try await app.request(.put, "/api/v1/layers/facilities?region=650102&source=clinics", token: app.analystToken, json: more)
            #expect(put.status == .ok)
            let matched = try await withThrowingTaskGroup(of: Int?.self) { group in
                for index in 0..<40 {
                    group.addTask {
                        try await app.request(.get, "/ogc/collections/facilities/items?limit=\(1 + index % 5)").json()["numberMatched"] as? Int
                    }
                }
                return try await group.reduce(into: [Int?]()) { $0.append($1) }
            }
            #expect(matched.count == 40)
            #expect(matched.allSatisfy { $0 == 26 })
        }
    }

    @Test("pages follow writes: at once for this server's uploads, and within a second for another process's", arguments: TestStoreKind.available)
    func followsWrites(_ kind: TestStoreKind) async throws {
        try await Self.seeded(kind) { app in
            #expect(try await app.request(.get, "/ogc/collections/facilities/items").json()["numberMatched"] as? Int == 25)
            let more =
                #"{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": {"type": "Point", "coordinates": [87.7, 43.9]}, "properties": {"type": "clinic"}}]}"#
            #expect(
                try await app.request(.put, "/api/v1/layers/facilities?region=650102&source=clinics", token: app.analystToken, json: more).status
                    == .ok)
            #expect(try await app.request(.get, "/ogc/collections/facilities/items").json()["numberMatched"] as? Int == 26)
            // Another process: a second connection to the same database, writing through its own repository.
            let other = try await Store.open(app.store.location, logger: .init(label: "other"))
            let feature = SpatialFeature(
                layer: .facilities, externalID: "X", region: "650102", kind: "clinic", name: nil,
                geometry: .point(GeoPoint(longitude: 87.71, latitude: 43.91)))
            try await other.spatialFeatures.insert(layer: .facilities, source: "other", [feature], by: .system)
            await other.close()
            try await Task.sleep(for: .milliseconds(1_100))
            #expect(try await app.request(.get, "/ogc/collections/facilities/items").json()["numberMatched"] as? Int == 27)
        }
    }

    @Test("a reader scoped to other regions sees none of the residences; public collections are whole for everyone")
    func scopedReader() async throws {
        try await Self.seeded(.sqlite) { app in
            let identity = IdentityService(store: app.store, hasher: PasswordHasher(cost: 4))
            let user = try await identity.createUser(
                username: "kashgar", displayName: "K", role: .analyst, scope: AccessScope(regions: [try RegionCode("653101")]),
                password: "kashgar-password-1", by: .system)
            let token = try await identity.issueToken(for: user.id, name: "test", by: .system).token
            #expect(try await app.request(.get, "/ogc/collections/residences/items", token: token).json()["numberMatched"] as? Int == 0)
            #expect(try await app.request(.get, "/ogc/collections/residences/items", token: app.analystToken).json()["numberMatched"] as? Int == 1)
            #expect(try await app.request(.get, "/ogc/collections/facilities/items", token: token).json()["numberMatched"] as? Int == 25)
        }
    }

    @Test(
        "bbox tests a polygon's outline, not only its box: a box in an L-shaped compound's notch matches nothing, for whole-layer and scoped readers alike",
        arguments: TestStoreKind.available)
    func outline(_ kind: TestStoreKind) async throws {
        try await Harness.run(kind) { app in
            // An L: 87.60…87.62 × 43.80…43.82 without its north-east quarter.
            let ell =
                #"{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [[[87.60, 43.80], [87.62, 43.80], [87.62, 43.81], [87.61, 43.81], [87.61, 43.82], [87.60, 43.82], [87.60, 43.80]]]}, "properties": {"population": 800}}]}"#
            #expect(
                try await app.request(.put, "/api/v1/layers/residences?region=650102&source=compounds", token: app.analystToken, json: ell).status
                    == .ok)
            let identity = IdentityService(store: app.store, hasher: PasswordHasher(cost: 4))
            let user = try await identity.createUser(
                username: "tianshan", displayName: "T", role: .analyst, scope: AccessScope(regions: [try RegionCode("650102")]),
                password: "tianshan-password-1", by: .system)
            let scoped = try await identity.issueToken(for: user.id, name: "test", by: .system).token
            for token in [app.analystToken, scoped] {
                let notch = try await app.request(.get, "/ogc/collections/residences/items?bbox=87.612,43.812,87.618,43.818", token: token)
                #expect(try notch.json()["numberMatched"] as? Int == 0)
                let arm = try await app.request(.get, "/ogc/collections/residences/items?bbox=87.615,43.802,87.618,43.805", token: token)
                #expect(try arm.json()["numberMatched"] as? Int == 1)
            }
        }
    }
}
