import Foundation
import OasisCore
import OasisRouting

/// A square street grid for tests that need positions: `size` × `size` nodes `spacing` metres apart
/// (positions placed so that great-circle distances match), node `row × size + column`, each grid edge
/// `spacing` metres long.
enum GridNetwork {
    static let originLongitude = 24.94
    static let originLatitude = 60.17

    static func make(size: Int, spacing: Double = 100) throws -> AccessNetwork {
        var edges: [WalkingGraph.Edge] = []
        for row in 0..<size {
            for column in 0..<size {
                let node = row * size + column
                if column + 1 < size { edges.append(.init(from: node, to: node + 1, length: spacing)) }
                if row + 1 < size { edges.append(.init(from: node, to: node + size, length: spacing)) }
            }
        }
        var longitudes: [Double] = []
        var latitudes: [Double] = []
        for row in 0..<size {
            for column in 0..<size {
                let position = self.position(column: Double(column), row: Double(row), spacing: spacing)
                longitudes.append(position.longitude)
                latitudes.append(position.latitude)
            }
        }
        return try AccessNetwork(graph: WalkingGraph(nodeCount: size * size, edges: edges), longitudes: longitudes, latitudes: latitudes)
    }

    /// The position `column` × spacing metres east and `row` × spacing metres north of the origin.
    static func position(column: Double, row: Double, spacing: Double = 100) -> LonLat {
        let metresPerDegree = GreatCircle.earthRadius * Double.pi / 180
        let latitude = originLatitude + row * spacing / metresPerDegree
        let longitude = originLongitude + column * spacing / (metresPerDegree * cos(originLatitude * Double.pi / 180))
        return LonLat(longitude, latitude)
    }
}
