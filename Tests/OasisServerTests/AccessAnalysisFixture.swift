import OasisCore
import OasisRouting
import OasisStore

/// A street of four corners in Urumqi with layers on it, for the recorded analyses:
///
///     0 --200-- 1 --300-- 2 --400-- 3
///
/// Tianshan District (650102): 100 residents at 0, 300 at 2. Saybag District (650103): 200 at 1, 200 at 3.
/// 50 residents at 1 carry no region. An imported kindergarten stands at 0; the network's own clinic at 1; an
/// emergency shelter of 800 m² (500 m radius) at 0 belongs to Tianshan.
enum AccessAnalysisFixture {
    static let corners = (0..<4).map { GeoPoint(longitude: 87.60 + Double($0) * 0.002, latitude: 43.78) }

    static func network() throws -> AccessNetwork {
        let graph = try WalkingGraph(
            nodeCount: 4, edges: [.init(from: 0, to: 1, length: 200), .init(from: 1, to: 2, length: 300), .init(from: 2, to: 3, length: 400)])
        return try AccessNetwork(graph: graph, longitudes: corners.map(\.longitude), latitudes: corners.map(\.latitude))
    }

    /// The network's own facilities (as an artefact's `sourcesByType`).
    static let networkSources = ["clinic": [1]]

    static func seed(into store: Store) async throws {
        let homes: [(Int, String?, Double)] = [(0, "650102", 100), (2, "650102", 300), (1, "650103", 200), (3, "650103", 200), (1, nil, 50)]
        let residences = homes.enumerated().map { index, home in
            SpatialFeature(
                layer: .residences, externalID: "home-\(index)", region: home.1, kind: "building", name: "Home \(index)",
                geometry: .point(corners[home.0]), population: home.2)
        }
        try await store.spatialFeatures.replace(layer: .residences, source: "test", region: nil, with: residences, by: .system)
        try await store.spatialFeatures.replace(
            layer: .facilities, source: "test", region: nil,
            with: [
                SpatialFeature(
                    layer: .facilities, externalID: "kg", region: "650102", kind: "kindergarten", name: "Kindergarten", geometry: .point(corners[0]))
            ], by: .system)
        try await store.spatialFeatures.replace(
            layer: .shelters, source: "test", region: nil,
            with: [
                SpatialFeature(
                    layer: .shelters, externalID: "square", region: "650102", kind: "emergency", name: "Square", geometry: .point(corners[0]),
                    effectiveArea: 800)
            ], by: .system)
    }
}
