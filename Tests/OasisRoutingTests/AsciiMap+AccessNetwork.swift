import OasisCore
import OasisRouting

extension AsciiMap {
    /// The drawing placed on the ground near Helsinki, one character cell `cell` metres (east along a line,
    /// south down the drawing), so that points can be snapped to its letters. Edge lengths stay the drawn ones.
    func accessNetwork(cell: Double = 10) throws -> AccessNetwork {
        let places = positions.map { GridNetwork.position(column: Double($0.column), row: -Double($0.row), spacing: cell) }
        return try AccessNetwork(graph: graph, longitudes: places.map(\.longitude), latitudes: places.map(\.latitude))
    }

    /// Where letter `letter` lies on the ground (see `accessNetwork(cell:)`).
    func position(_ letter: Character, cell: Double = 10) -> LonLat {
        let place = positions[node(letter)]
        return GridNetwork.position(column: Double(place.column), row: -Double(place.row), spacing: cell)
    }
}
