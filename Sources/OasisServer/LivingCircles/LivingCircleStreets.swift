import OasisCore
import OasisRouting
import OasisServices
import OasisStore

/// The streets beneath the living-circle map: each segment of the walking network of the region's latest analysis,
/// coloured by the walking minutes (at the standard's speed) from its nearer end to the nearest facility of the chosen
/// type — the network's own and the imported ones. Only the segments within the region's outline (its bounding box,
/// a tenth wider) are drawn when the region has one, at most `limit` of them.
struct LivingCircleStreets: Sendable {
    static let limit = 40_000
    /// Searched this far (minutes × the standard's speed); farther is "beyond" on the scale.
    static let searchedMinutes = 20.0

    var segments: [MapValuedLine] = []
    var truncated = false

    init() {}

    init(
        artefact: NetworkArtefact, network: AccessNetwork, type: String, imported: [SpatialFeaturePoint], standard: LivingCircleStandard,
        within outline: [GeoPoint]
    ) {
        let alternatives = type.split(separator: "|").map(String.init)
        var positions: [String: [LonLat]] = [:]
        for facility in imported where alternatives.contains(facility.kind ?? "") {
            positions[facility.kind ?? "", default: []].append(LonLat(facility.longitude, facility.latitude))
        }
        let sources = network.sources(artefact.sourcesByType.filter { alternatives.contains($0.key) }, adding: positions)
        let speed = standard.walkingSpeed
        let distances = FacilityDistances(graph: artefact.graph, sources: sources, limit: Self.searchedMinutes * speed).resolving([type])
        let box = Self.box(outline)
        let graph = artefact.graph
        for node in 0..<graph.nodeCount {
            for edge in Int(graph.offsets[node])..<Int(graph.offsets[node + 1]) {
                let other = Int(graph.targets[edge])
                guard other > node else { continue }
                let a = GeoPoint(longitude: artefact.longitudes[node], latitude: artefact.latitudes[node])
                let b = GeoPoint(longitude: artefact.longitudes[other], latitude: artefact.latitudes[other])
                if let box, !box.contains(a) && !box.contains(b) { continue }
                guard segments.count < Self.limit else {
                    truncated = true
                    return
                }
                let metres = min(distances.distance(type, from: node), distances.distance(type, from: other))
                segments.append(MapValuedLine(points: [a, b], value: metres.isFinite ? metres / speed : .infinity))
            }
        }
    }

    /// The outline's bounding box, a tenth wider on each side; nil without an outline.
    static func box(_ outline: [GeoPoint]) -> SpatialBox? {
        guard let box = SpatialBox(covering: outline) else { return nil }
        let (dx, dy) = ((box.maxLongitude - box.minLongitude) / 10, (box.maxLatitude - box.minLatitude) / 10)
        return SpatialBox(
            minLongitude: box.minLongitude - dx, minLatitude: box.minLatitude - dy, maxLongitude: box.maxLongitude + dx,
            maxLatitude: box.maxLatitude + dy)
    }
}
