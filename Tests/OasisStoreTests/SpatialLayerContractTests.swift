import Foundation
import OasisCore
import OasisStore
import OasisTestSupport
import Testing

@Suite("Spatial layers (both stores)")
struct SpatialLayerContractTests {
    static func facility(_ name: String, _ lon: Double, _ lat: Double, region: String? = "650102", type: String = "kindergarten") -> SpatialFeature {
        SpatialFeature(
            layer: .facilities, externalID: name, region: region, kind: type, name: name,
            geometry: .point(GeoPoint(longitude: lon, latitude: lat)), otherProperties: #"{"source_note":"test"}"#)
    }

    static let grid: [SpatialFeature] = (0..<10).map { facility("F\($0)", 87.0 + Double($0) * 0.1, 43.0 + Double($0) * 0.1) }

    @Test(
        "replace stores a layer; list pages it by id with the total matched; the stored text is the feature's GeoJSON",
        arguments: TestStoreKind.available)
    func listAndPage(kind: TestStoreKind) async throws {
        try await TestStore.with(kind) { store in
            _ = try await store.regions.upsert(Fixtures.xinjiangSample, by: .system)
            let summary = try await store.spatialFeatures.replace(layer: .facilities, source: "survey", region: nil, with: Self.grid, by: .system)
            #expect(summary == SpatialLayerImportSummary(deleted: 0, inserted: 10))
            #expect(try await store.spatialFeatures.count(layer: .facilities, for: .system) == 10)
            #expect(try await store.spatialFeatures.count(layer: .shelters, for: .system) == 0)
            let page = try await store.spatialFeatures.list(layer: .facilities, bbox: nil, limit: 3, offset: 3, for: .system)
            #expect(page.matched == 10)
            #expect(page.features.count == 3)
            let first = try #require(page.features.first)
            #expect(first.text == Self.grid[3].geoJSON(id: first.id))
            let object = try #require(try JSONSerialization.jsonObject(with: Data(page.featureCollection.utf8)) as? [String: Any])
            #expect((object["features"] as? [Any])?.count == 3)
            let rest = try await store.spatialFeatures.list(layer: .facilities, bbox: nil, limit: nil, offset: 8, for: .system)
            #expect(rest.features.count == 2 && rest.matched == 10)
            #expect(try await store.spatialFeatures.get(layer: .facilities, id: first.id, for: .system) == first)
            #expect(try await store.spatialFeatures.get(layer: .shelters, id: first.id, for: .system) == nil)
        }
    }

    @Test("a bbox selects the features whose boxes meet it, polygons by their box", arguments: TestStoreKind.available)
    func bbox(kind: TestStoreKind) async throws {
        try await TestStore.with(kind) { store in
            _ = try await store.regions.upsert(Fixtures.xinjiangSample, by: .system)
            let block = SpatialFeature(
                layer: .residences, region: "650102", kind: "compound",
                geometry: .polygon([[87.0, 43.0, 87.4, 43.0, 87.4, 43.4, 87.0, 43.4, 87.0, 43.0].lonLatPoints]), population: 900)
            try await store.spatialFeatures.insert(layer: .residences, source: "census", [block], by: .system)
            try await store.spatialFeatures.insert(layer: .facilities, source: "survey", Self.grid, by: .system)
            let box = SpatialBox(minLongitude: 87.15, minLatitude: 43.15, maxLongitude: 87.45, maxLatitude: 43.45)
            let page = try await store.spatialFeatures.list(layer: .facilities, bbox: box, limit: 100, for: .system)
            #expect(page.matched == 3)
            #expect(
                page.features.compactMap { $0.text.contains("\"F2\"") || $0.text.contains("\"F3\"") || $0.text.contains("\"F4\"") ? 1 : nil }.count
                    == 3)
            let inner = SpatialBox(minLongitude: 87.2, minLatitude: 43.2, maxLongitude: 87.25, maxLatitude: 43.25)
            #expect(try await store.spatialFeatures.list(layer: .residences, bbox: inner, limit: 10, for: .system).matched == 1)
        }
    }

    @Test("replacing a source within a region keeps other sources and regions; all or nothing", arguments: TestStoreKind.available)
    func replace(kind: TestStoreKind) async throws {
        try await TestStore.with(kind) { store in
            _ = try await store.regions.upsert(Fixtures.xinjiangSample, by: .system)
            let repository = store.spatialFeatures
            try await repository.insert(layer: .facilities, source: "survey", Self.grid, by: .system)
            try await repository.insert(layer: .facilities, source: "survey", [Self.facility("K", 75.99, 39.47, region: "653101")], by: .system)
            try await repository.insert(layer: .facilities, source: "osm", [Self.facility("O", 87.6, 43.8)], by: .system)
            let summary = try await repository.replace(
                layer: .facilities, source: "survey", region: "650100",
                with: [Self.facility("New", 87.6, 43.8)], by: .system)
            #expect(summary == SpatialLayerImportSummary(deleted: 10, inserted: 1))
            #expect(try await repository.count(layer: .facilities, for: .system) == 3)
            // A feature in an unknown region fails the whole replace: the previous features stay.
            await #expect(throws: OasisError.self) {
                try await repository.replace(
                    layer: .facilities, source: "osm", region: nil, with: [Self.facility("X", 87.6, 43.8, region: "659999")], by: .system)
            }
            #expect(try await repository.count(layer: .facilities, for: .system) == 3)
            let ids = try await repository.list(layer: .facilities, bbox: nil, limit: nil, for: .system).features.map(\.id)
            #expect(Set(ids).count == 3)
        }
    }

    @Test("scoped users see and write only their regions; readers cannot write", arguments: TestStoreKind.available)
    func scope(kind: TestStoreKind) async throws {
        try await TestStore.with(kind) { store in
            _ = try await store.regions.upsert(Fixtures.xinjiangSample, by: .system)
            try await store.spatialFeatures.insert(
                layer: .facilities, source: "survey",
                Self.grid + [Self.facility("K", 75.99, 39.47, region: "653101"), Self.facility("N", 80, 40, region: nil)], by: .system)
            let kashgar = Principal(kind: .user, userID: 9, username: "k", role: .analyst, scope: AccessScope(regions: [try RegionCode("653100")]))
            #expect(try await store.spatialFeatures.count(layer: .facilities, for: kashgar.access(for: .readLayers)) == 1)
            #expect(
                try await store.spatialFeatures.list(layer: .facilities, bbox: nil, limit: 10, for: kashgar.access(for: .readLayers)).matched == 1)
            await #expect {
                try await store.spatialFeatures.insert(
                    layer: .facilities, source: "s", [Self.facility("U", 87.6, 43.8)], by: kashgar.access(for: .writeLayers))
            } throws: {
                ($0 as? OasisError)?.kind == .forbidden
            }
            await #expect {
                try await store.spatialFeatures.insert(
                    layer: .facilities, source: "s", [Self.facility("U", 87.6, 43.8, region: nil)], by: kashgar.access(for: .writeLayers))
            } throws: {
                ($0 as? OasisError)?.kind == .forbidden
            }
            let supervisor = Principal(kind: .user, userID: 8, username: "s", role: .supervisor, scope: .everything)
            #expect(try await store.spatialFeatures.count(layer: .facilities, for: supervisor.access(for: .readLayers)) == 12)
            #expect { try supervisor.access(for: .writeLayers) } throws: {
                ($0 as? OasisError)?.kind == .forbidden
            }
            let dispatcher = Principal(kind: .user, userID: 7, username: "d", role: .dispatcher, scope: .everything)
            #expect { try dispatcher.access(for: .readLayers) } throws: { ($0 as? OasisError)?.kind == .forbidden }
        }
    }

    @Test("an analysis reads every feature as points with their numbers, in batches, within a region", arguments: TestStoreKind.available)
    func batches(kind: TestStoreKind) async throws {
        try await TestStore.with(kind) { store in
            _ = try await store.regions.upsert(Fixtures.xinjiangSample, by: .system)
            let homes = (0..<25).map { index in
                SpatialFeature(
                    layer: .residences, region: index < 20 ? "650102" : "653101",
                    geometry: .point(GeoPoint(longitude: 87 + Double(index) / 100, latitude: 43)),
                    population: Double(index * 10))
            }
            try await store.spatialFeatures.insert(layer: .residences, source: "census", homes, by: .system)
            var sizes: [Int] = []
            var population = 0.0
            try await store.spatialFeatures.forEachBatch(layer: .residences, region: "650100", batchSize: 8, for: .system) { batch in
                sizes.append(batch.count)
                population += batch.compactMap(\.population).reduce(0, +)
            }
            #expect(sizes == [8, 8, 4])
            #expect(population == Double((0..<20).reduce(0, +) * 10))
        }
    }
}

extension Array where Element == Double {
    /// Flat lon, lat numbers as points.
    var lonLatPoints: [GeoPoint] { stride(from: 0, to: count - 1, by: 2).map { GeoPoint(longitude: self[$0], latitude: self[$0 + 1]) } }
}
