/// Where each region's tile goes. Xinjiang's prefecture-level units (and XPCC cities) are placed by hand
/// roughly as they lie (west to east, north to south); any other region set falls back to a square grid
/// in code order.
public enum TileLayout {
    public struct Position: Hashable, Sendable {
        var column: Int
        var row: Int
    }

    public static let xinjiang: [String: Position] = [
        "654300": .init(column: 6, row: 0),
        "654200": .init(column: 4, row: 1), "650200": .init(column: 5, row: 1), "659005": .init(column: 6, row: 1),
        "652700": .init(column: 2, row: 2), "659007": .init(column: 3, row: 2), "659010": .init(column: 4, row: 2),
        "659001": .init(column: 5, row: 2), "659004": .init(column: 6, row: 2), "652300": .init(column: 7, row: 2),
        "659008": .init(column: 1, row: 3), "654000": .init(column: 2, row: 3), "650100": .init(column: 6, row: 3),
        "650400": .init(column: 7, row: 3), "650500": .init(column: 8, row: 3),
        "653000": .init(column: 0, row: 4), "652900": .init(column: 3, row: 4), "659002": .init(column: 4, row: 4),
        "659006": .init(column: 5, row: 4), "652800": .init(column: 6, row: 4),
        "653100": .init(column: 1, row: 5), "659003": .init(column: 2, row: 5), "659009": .init(column: 4, row: 5),
        "653200": .init(column: 3, row: 6),
    ]

    public static func positions(for codes: [String]) -> [String: Position] {
        if !codes.isEmpty, codes.allSatisfy({ xinjiang[$0] != nil }) {
            return Dictionary(uniqueKeysWithValues: codes.map { ($0, xinjiang[$0]!) })
        }
        let columns = max(1, Int(Double(codes.count).squareRoot().rounded(.up)))
        return Dictionary(
            uniqueKeysWithValues: codes.sorted().enumerated().map { index, code in
                (code, Position(column: index % columns, row: index / columns))
            })
    }
}
