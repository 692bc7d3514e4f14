import OasisRouting
import Testing

/// Small graphs drawn as maps with a table of expected distances, in the style of OSRM's feature tests.
@Suite("Nearest-facility distances on small drawn graphs")
struct AsciiMapTests {
    //   a ---100--- b ---50--- c
    //   |                      |
    //  300                     40
    //   |                      |
    //   d --------500--------- e        facility at d; a second one at c for the two-source case
    let graph = try! WalkingGraph(
        nodeCount: 5,
        edges: [
            .init(from: 0, to: 1, length: 100), .init(from: 1, to: 2, length: 50), .init(from: 0, to: 3, length: 300),
            .init(from: 2, to: 4, length: 40), .init(from: 3, to: 4, length: 500),
        ])

    @Test("one source: the shorter of two ways round")
    func oneSource() {
        let distances = NearestFacilitySearch(graph: graph).distances(from: [3])
        #expect(distances == [300, 400, 450, 0, 490])
    }

    @Test("two sources: each node takes the nearer; a limit leaves the far ones unreached")
    func twoSources() {
        let search = NearestFacilitySearch(graph: graph)
        #expect(search.distances(from: [3, 2]) == [150, 50, 0, 0, 40])
        #expect(search.distances(from: [3], limit: 420) == [300, 400, .infinity, 0, .infinity])
        #expect(search.distances(from: []).allSatisfy { $0 == .infinity })
    }

    @Test("edges outside the nodes or with impossible lengths are refused")
    func badEdges() {
        #expect(throws: RoutingError.self) { try WalkingGraph(nodeCount: 2, edges: [.init(from: 0, to: 2, length: 1)]) }
        #expect(throws: RoutingError.self) { try WalkingGraph(nodeCount: 2, edges: [.init(from: 0, to: 1, length: -1)]) }
        #expect(throws: RoutingError.self) { try WalkingGraph(nodeCount: 2, edges: [.init(from: 0, to: 1, length: .nan)]) }
    }
}
