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

@Suite("Layer API")
struct LayerAPITests {
    static let facilities = """
        {"type": "FeatureCollection", "features": [
          {"type": "Feature", "id": "K1", "geometry": {"type": "Point", "coordinates": [87.6168, 43.8256]}, "properties": {"type": "kindergarten", "name": "天山区第一幼儿园", "classes": 6}},
          {"type": "Feature", "id": "C1", "geometry": {"type": "Point", "coordinates": [87.63, 43.80]}, "properties": {"type": "clinic"}}
        ]}
        """

    @Test("an analyst uploads a layer for a region and downloads it as a FeatureCollection; a bbox narrows it")
    func uploadAndDownload() async throws {
        try await Harness.run { app in
            let put = try await app.request(
                .put, "/api/v1/layers/facilities?region=650102&source=survey", token: app.analystToken,
                json: Self.facilities, contentType: "application/geo+json")
            #expect(put.status == .ok)
            let outcome = try put.json()
            #expect(outcome["inserted"] as? Int == 2 && outcome["region"] as? String == "650102" && outcome["crs"] as? String == "wgs84")
            let again = try await app.request(
                .put, "/api/v1/layers/facilities?region=650102&source=survey", token: app.analystToken, json: Self.facilities)
            #expect(try again.json()["deleted"] as? Int == 2)
            let get = try await app.request(.get, "/api/v1/layers/facilities", token: app.analystToken)
            #expect(get.status == .ok)
            #expect(get.headers[.contentType] == "application/geo+json")
            let collection = try get.json()
            let features = try #require(collection["features"] as? [[String: Any]])
            #expect(features.count == 2)
            let properties = features.first?["properties"] as? [String: Any]
            #expect(
                properties?["name"] as? String == "天山区第一幼儿园" && properties?["region_code"] as? String == "650102"
                    && properties?["classes"] as? Int == 6)
            let narrowed = try await app.request(.get, "/api/v1/layers/facilities?bbox=87.6,43.82,87.62,43.83", token: app.analystToken)
            #expect((try narrowed.json()["features"] as? [Any])?.count == 1)
            let empty = try await app.request(.get, "/api/v1/layers/shelters", token: app.analystToken)
            #expect((try empty.json()["features"] as? [Any])?.count == 0)
        }
    }

    @Test("without a token 401; a dispatcher may neither upload nor download (403)")
    func unauthorised() async throws {
        try await Harness.run { app in
            #expect(try await app.request(.put, "/api/v1/layers/facilities", json: Self.facilities).status == .unauthorized)
            #expect(try await app.request(.get, "/api/v1/layers/facilities").status == .unauthorized)
            let identity = IdentityService(store: app.store, hasher: PasswordHasher(cost: 4))
            let user = try await identity.createUser(
                username: "dispatch", displayName: "D", role: .dispatcher, scope: .everything, password: "dispatch-password-1", by: .system)
            let token = try await identity.issueToken(for: user.id, name: "test", by: .system).token
            #expect(try await app.request(.put, "/api/v1/layers/facilities", token: token, json: Self.facilities).status == .forbidden)
            #expect(try await app.request(.get, "/api/v1/layers/facilities", token: token).status == .forbidden)
        }
    }

    @Test("bad GeoJSON is 400 naming the path, and nothing is stored; unknown layers, CRS and bboxes are 400 too")
    func badInput() async throws {
        try await Harness.run { app in
            let bad = Self.facilities.replacingOccurrences(of: "\"clinic\"", with: "\"casino\"")
            let response = try await app.request(.put, "/api/v1/layers/facilities", token: app.adminToken, json: bad)
            #expect(response.status == .badRequest)
            #expect(try response.errorDetails().first?["field"] as? String == "$.features[1].properties.type")
            #expect(try await app.store.spatialFeatures.count(layer: .facilities, for: .system) == 0)
            let residences = try await app.request(.put, "/api/v1/layers/residences", token: app.adminToken, json: Self.facilities)
            #expect(
                try residences.errorDetails().map { $0["field"] as? String } == [
                    "$.features[0].properties.population", "$.features[1].properties.population",
                ])
            #expect(try await app.request(.put, "/api/v1/layers/roads", token: app.adminToken, json: Self.facilities).status == .badRequest)
            #expect(
                try await app.request(.put, "/api/v1/layers/facilities?crs=EPSG:2385", token: app.adminToken, json: Self.facilities).status
                    == .badRequest)
            #expect(try await app.request(.put, "/api/v1/layers/access", token: app.adminToken, json: Self.facilities).status == .badRequest)
            #expect(
                try await app.request(.put, "/api/v1/layers/facilities", token: app.adminToken, body: Self.facilities, contentType: "text/csv").status
                    == .unsupportedMediaType)
            #expect(try await app.request(.get, "/api/v1/layers/facilities?bbox=1,2,3", token: app.adminToken).status == .badRequest)
            let malformed = try await app.request(.put, "/api/v1/layers/facilities", token: app.adminToken, json: "{\"type\": ")
            #expect(malformed.status == .badRequest)
            #expect(try malformed.errorDetails().first?["field"] as? String == "$")
        }
    }
}

@Suite("Demo layers")
struct DemoLayerTests {
    @Test("a layer larger than the upload limit is a 413 and stores nothing")
    func oversized() async throws {
        try await Harness.run(configure: { $0.maxBodyBytes = 1024 }) { app in
            let many = (0..<40).map {
                #"{"type": "Feature", "geometry": {"type": "Point", "coordinates": [87.6, 43.8]}, "properties": {"type": "clinic", "n": \#($0)}}"#
            }
            let big = #"{"type": "FeatureCollection", "features": ["# + many.joined(separator: ",") + "]}"
            let response = try await app.request(.put, "/api/v1/layers/facilities?region=650102", token: app.analystToken, json: big)
            #expect(response.status == .contentTooLarge)
            #expect(try response.errorCode() == "body_too_large")
            #expect(try await app.store.spatialFeatures.count(layer: .facilities, for: .system) == 0)
        }
    }

    @Test("the demo seeds labelled sample residences, facilities and shelters that pass the layer checks on re-import")
    func demoSample() async throws {
        try await TestStore.with(.sqlite) { store in
            var configuration = ServerConfiguration()
            configuration.bcryptCost = 4
            _ = try await Bootstrap(store: store, configuration: configuration).run(adminPassword: "admin-password-1", logger: TestStore.logger)
            let service = SpatialLayerService(store: store)
            for (layer, expected) in [(SpatialLayer.residences, 36), (.facilities, 16), (.shelters, 3)] {
                #expect(try await store.spatialFeatures.count(layer: layer, for: .system) == expected)
                var text = ""
                try await service.export(layer, bbox: nil, by: .system) { text += $0 }
                let features = try #require(
                    (try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])?["features"] as? [[String: Any]])
                #expect(features.allSatisfy { (($0["properties"] as? [String: Any])?["note"] as? String)?.contains("sample") == true })
                let again = try await service.importLayer(
                    layer, bytes: Array(text.utf8), coordinateSystem: nil, region: "650102", source: "demo-sample",
                    replacing: true, by: .system)
                #expect(again.deleted == expected && again.inserted == expected)
            }
        }
    }
}
