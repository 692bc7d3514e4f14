import OasisCore
import OasisRouting

/// The demo's walking network: synthetic sample data (示例) made up by Oasis for the demo district, not a real
/// street network of Tianshan District. Streets run along the middle of the gaps between the 6 × 6 sample
/// compounds of `DemoSpatialLayers` — 8 north–south streets (the last east of the sample hospital) and
/// 7 east–west ones — each street segment split at its middle, and every compound has a footpath from its
/// centre to the middle of each of its four sides' streets. Lengths are great-circle metres between the node
/// positions. It exists so that the demo's living-circle and shelter figures come from the real analyses.
public enum DemoStreetNetwork {
    public static let northSouthStreets = 8
    public static let eastWestStreets = 7

    public static func make() throws -> AccessNetwork {
        let origin = DemoSpatialLayers.origin
        let step = DemoSpatialLayers.step
        let compound = DemoSpatialLayers.compound
        // Street i (j) runs half a gap west (south) of compound column i (row j).
        let gap = (longitude: (step.longitude - compound.longitude) / 2, latitude: (step.latitude - compound.latitude) / 2)
        func streetLongitude(_ index: Int) -> Double { origin.longitude + Double(index) * step.longitude - gap.longitude }
        func streetLatitude(_ index: Int) -> Double { origin.latitude + Double(index) * step.latitude - gap.latitude }
        var positions: [GeoPoint] = []
        func node(_ longitude: Double, _ latitude: Double) -> Int {
            positions.append(GeoPoint(longitude: longitude, latitude: latitude))
            return positions.count - 1
        }
        let columns = northSouthStreets
        let rows = eastWestStreets
        // Crossings, then the middles of the east–west and north–south segments, then the compounds' centres.
        let crossing = (0..<rows).map { row in (0..<columns).map { column in node(streetLongitude(column), streetLatitude(row)) } }
        let eastWest = (0..<rows).map { row in
            (0..<columns - 1).map { column in node((streetLongitude(column) + streetLongitude(column + 1)) / 2, streetLatitude(row)) }
        }
        let northSouth = (0..<rows - 1).map { row in
            (0..<columns).map { column in node(streetLongitude(column), (streetLatitude(row) + streetLatitude(row + 1)) / 2) }
        }
        var pairs: [(Int, Int)] = []
        for row in 0..<rows {
            for column in 0..<columns - 1 {
                pairs += [(crossing[row][column], eastWest[row][column]), (eastWest[row][column], crossing[row][column + 1])]
            }
        }
        for row in 0..<rows - 1 {
            for column in 0..<columns {
                pairs += [(crossing[row][column], northSouth[row][column]), (northSouth[row][column], crossing[row + 1][column])]
            }
        }
        for row in 0..<rows - 1 {
            for column in 0..<columns - 2 {
                let centre = node(
                    origin.longitude + (Double(column) * step.longitude) + compound.longitude / 2,
                    origin.latitude + (Double(row) * step.latitude) + compound.latitude / 2)
                pairs += [
                    (centre, eastWest[row][column]), (centre, eastWest[row + 1][column]),
                    (centre, northSouth[row][column]), (centre, northSouth[row][column + 1]),
                ]
            }
        }
        let edges = pairs.map { WalkingGraph.Edge(from: $0.0, to: $0.1, length: GreatCircle.meters(positions[$0.0], positions[$0.1])) }
        return try AccessNetwork(
            graph: WalkingGraph(nodeCount: positions.count, edges: edges),
            longitudes: positions.map(\.longitude), latitudes: positions.map(\.latitude))
    }
}
