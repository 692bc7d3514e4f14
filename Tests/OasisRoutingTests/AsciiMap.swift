import OasisRouting

/// A graph drawn as text, for tests that a planner can read: capital letters are nodes, `-` runs join
/// nodes on one line and `|` runs join nodes in one column, and the number written on a run is the edge's
/// length in metres (a vertical run's number starts in the run's column):
///
///     A--3--B--4--C
///     |           |
///     5           2
///     |           |
///     D----10-----E
struct AsciiMap {
    let graph: WalkingGraph
    /// Letter → node number (letters numbered in reading order).
    let nodes: [Character: Int]
    /// Node → (column, row) in the drawing.
    let positions: [(column: Int, row: Int)]

    init(_ drawing: String) throws {
        let grid = drawing.split(separator: "\n", omittingEmptySubsequences: false).map(Array.init)
        func at(_ row: Int, _ column: Int) -> Character {
            guard row >= 0, row < grid.count, column >= 0, column < grid[row].count else { return " " }
            return grid[row][column]
        }
        var nodes: [Character: Int] = [:]
        var positions: [(column: Int, row: Int)] = []
        for (row, line) in grid.enumerated() {
            for (column, character) in line.enumerated() where character.isUppercase {
                guard nodes[character] == nil else { throw RoutingError("node \(character) is drawn twice") }
                nodes[character] = positions.count
                positions.append((column, row))
            }
        }
        func isNumber(_ character: Character) -> Bool { character.isNumber || character == "." }
        var edges: [WalkingGraph.Edge] = []
        for (letter, node) in nodes {
            let (column, row) = positions[node]
            // Along the line.
            var text = ""
            var next = column + 1
            while at(row, next) == "-" || isNumber(at(row, next)) {
                if isNumber(at(row, next)) { text.append(at(row, next)) }
                next += 1
            }
            if next > column + 1 {
                guard at(row, next).isUppercase, let other = nodes[at(row, next)] else {
                    throw RoutingError("the run right of \(letter) ends nowhere")
                }
                guard let length = Double(text) else { throw RoutingError("the run \(letter)–\(at(row, next)) has no length") }
                edges.append(.init(from: node, to: other, length: length))
            }
            // Down the column.
            text = ""
            next = row + 1
            while at(next, column) == "|" || isNumber(at(next, column)) {
                var position = column
                while isNumber(at(next, position)) {
                    text.append(at(next, position))
                    position += 1
                }
                next += 1
            }
            if next > row + 1 {
                guard at(next, column).isUppercase, let other = nodes[at(next, column)] else {
                    throw RoutingError("the run below \(letter) ends nowhere")
                }
                guard let length = Double(text) else { throw RoutingError("the run \(letter)–\(at(next, column)) has no length") }
                edges.append(.init(from: node, to: other, length: length))
            }
        }
        graph = try WalkingGraph(nodeCount: positions.count, edges: edges.sorted { ($0.from, $0.to) < ($1.from, $1.to) })
        self.nodes = nodes
        self.positions = positions
    }

    func node(_ letter: Character) -> Int { nodes[letter] ?? -1 }

    /// The distances from the nearest of `sources` as letter → metres (unreached letters left out).
    func distances(from sources: [Character], limit: Double = .infinity) -> [Character: Double] {
        let result = NearestFacilitySearch(graph: graph).distances(from: sources.map(node), limit: limit)
        var table: [Character: Double] = [:]
        for (letter, node) in nodes where result[node].isFinite { table[letter] = result[node] }
        return table
    }
}
