import Foundation
import OasisCore

/// Attaches points to a graph: the rule is **the nearest graph node by great-circle distance**
/// (`GreatCircle`, haversine, R = 6,371,008.8 m), ties going to the lower node number. The same rule is
/// used for facilities, residences, shelters and isochrone origins, and the benchmark peers are given the
/// snapped node, so everyone measures from the same place. The snap distance (point to node) is reported
/// but not added to network distances (as pandana and the golden data do).
///
/// The index is a uniform grid of square cells (`cellSize` metres, default 100 m) in a local
/// equirectangular projection about the nodes' mean latitude. A query scans rings of cells outward from
/// the point's cell and stops once the best great-circle distance found is shorter than anything an
/// unscanned ring could hold (with a 10 % allowance for the projection's scale error, ample for a city).
public struct NodeSnapper: Sendable {
    /// Where a point attached: the node and the great-circle distance to it in metres.
    public struct Snap: Sendable, Equatable {
        public var node: Int
        public var distance: Double
    }

    private let longitudes: [Double]
    private let latitudes: [Double]
    private let cellSize: Double
    private let metresPerDegreeX: Double
    private let metresPerDegreeY: Double
    private let minX: Double
    private let minY: Double
    private let columns: Int
    private let rows: Int
    /// Nodes of cell `c` are `cellNodes[cellStarts[c]..<cellStarts[c + 1]]`.
    private let cellStarts: [Int32]
    private let cellNodes: [Int32]

    public init(longitudes: [Double], latitudes: [Double], cellSize: Double = 100) {
        precondition(longitudes.count == latitudes.count, "one longitude per latitude")
        self.longitudes = longitudes
        self.latitudes = latitudes
        self.cellSize = max(1, cellSize)
        let meanLatitude = latitudes.isEmpty ? 0 : latitudes.reduce(0, +) / Double(latitudes.count)
        metresPerDegreeY = GreatCircle.earthRadius * .pi / 180
        metresPerDegreeX = metresPerDegreeY * max(0.01, cos(meanLatitude * .pi / 180))
        minX = (longitudes.min() ?? 0) * metresPerDegreeX
        minY = (latitudes.min() ?? 0) * metresPerDegreeY
        let maxX = (longitudes.max() ?? 0) * metresPerDegreeX
        let maxY = (latitudes.max() ?? 0) * metresPerDegreeY
        columns = max(1, min(4_096, Int((maxX - minX) / self.cellSize) + 1))
        rows = max(1, min(4_096, Int((maxY - minY) / self.cellSize) + 1))
        // Counting sort of the nodes by cell.
        var starts = [Int32](repeating: 0, count: columns * rows + 1)
        var cells = [Int](repeating: 0, count: longitudes.count)
        for node in longitudes.indices {
            let cell = Self.cell(
                x: longitudes[node] * metresPerDegreeX - minX, y: latitudes[node] * metresPerDegreeY - minY,
                size: self.cellSize, columns: columns, rows: rows)
            cells[node] = cell
            starts[cell + 1] += 1
        }
        for index in 1..<starts.count { starts[index] += starts[index - 1] }
        var fill = starts
        var nodes = [Int32](repeating: 0, count: longitudes.count)
        for node in longitudes.indices {
            nodes[Int(fill[cells[node]])] = Int32(node)
            fill[cells[node]] += 1
        }
        cellStarts = starts
        cellNodes = nodes
    }

    private static func cell(x: Double, y: Double, size: Double, columns: Int, rows: Int) -> Int {
        let column = min(columns - 1, max(0, Int(x / size)))
        let row = min(rows - 1, max(0, Int(y / size)))
        return row * columns + column
    }

    /// The nearest node to a WGS-84 position, or nil when the graph has no nodes.
    public func snap(longitude: Double, latitude: Double) -> Snap? {
        guard !longitudes.isEmpty else { return nil }
        let x = longitude * metresPerDegreeX - minX
        let y = latitude * metresPerDegreeY - minY
        let column = Int((x / cellSize).rounded(.down))
        let row = Int((y / cellSize).rounded(.down))
        var best: Snap?
        let farthestRing = max(columns, rows) + max(abs(column), abs(row)) + 1
        for ring in 0...farthestRing {
            if let found = best, found.distance < 0.9 * Double(ring - 1) * cellSize { break }
            for cellRow in (row - ring)...(row + ring) where cellRow >= 0 && cellRow < rows {
                let edgeRow = cellRow == row - ring || cellRow == row + ring
                let step = edgeRow ? 1 : max(1, 2 * ring)
                for cellColumn in stride(from: column - ring, through: column + ring, by: step)
                where cellColumn >= 0 && cellColumn < columns {
                    let cell = cellRow * columns + cellColumn
                    for slot in Int(cellStarts[cell])..<Int(cellStarts[cell + 1]) {
                        let node = Int(cellNodes[slot])
                        let distance = GreatCircle.distance(
                            latitude1: latitude, longitude1: longitude,
                            latitude2: latitudes[node], longitude2: longitudes[node])
                        if best.map({ distance < $0.distance || (distance == $0.distance && node < $0.node) }) ?? true {
                            best = Snap(node: node, distance: distance)
                        }
                    }
                }
            }
        }
        return best
    }
}
