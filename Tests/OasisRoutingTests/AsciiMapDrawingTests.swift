import OasisRouting
import Testing

@Suite("Distances on graphs drawn as ASCII maps")
struct AsciiMapDrawingTests {
    @Test("a chain: distances add up along the line")
    func chain() throws {
        let map = try AsciiMap("A--3--B--4--C")
        #expect(map.distances(from: ["A"]) == ["A": 0, "B": 3, "C": 7])
        #expect(map.distances(from: ["C"]) == ["A": 7, "B": 4, "C": 0])
    }

    @Test("a ring: each node takes the shorter way round")
    func ring() throws {
        let map = try AsciiMap(
            """
            A--3--B--4--C
            |           |
            5           2
            |           |
            D----10-----E
            """)
        #expect(map.distances(from: ["A"]) == ["A": 0, "B": 3, "C": 7, "D": 5, "E": 9])
        #expect(map.distances(from: ["D"]) == ["A": 5, "B": 8, "C": 12, "D": 0, "E": 10])
    }

    @Test("two sources: the nearer wins; a limit leaves far nodes out")
    func twoSourcesAndLimit() throws {
        let map = try AsciiMap(
            """
            A--100--B--100--C--100--D
                    |
                    250
                    |
                    E--30--F
            """)
        #expect(map.distances(from: ["A", "F"]) == ["A": 0, "B": 100, "C": 200, "D": 300, "E": 30, "F": 0])
        #expect(map.distances(from: ["A"], limit: 200) == ["A": 0, "B": 100, "C": 200])
        #expect(map.distances(from: []).isEmpty)
    }

    @Test("fractional lengths and a parallel shortcut")
    func fractions() throws {
        let map = try AsciiMap(
            """
            A--1.5--B--2.25--C
            |                |
            9                0.5
            |                |
            D-------1--------E
            """)
        let distances = map.distances(from: ["D"])
        #expect(distances["C"] == 1.5)
        #expect(distances["B"] == 3.75)
        #expect(distances["A"] == 5.25)
    }

    @Test("a drawing with a run to nowhere or no length is refused")
    func badDrawings() {
        #expect(throws: RoutingError.self) { try AsciiMap("A--3--") }
        #expect(throws: RoutingError.self) { try AsciiMap("A-----B") }
    }

    @Test("the parallel search gives each type exactly the sequential answer")
    func parallelMatchesSequential() throws {
        let map = try AsciiMap(
            """
            A--3--B--4--C--7--G
            |           |     |
            5           2     1
            |           |     |
            D----10-----E--6--F
            """)
        let sets = [[map.node("A")], [map.node("F"), map.node("D")], [], [map.node("G")]]
        let search = NearestFacilitySearch(graph: map.graph)
        let parallel = search.distances(fromEach: sets, limit: 12, parallelism: 2)
        let sequential = sets.map { search.distances(from: $0, limit: 12) }
        #expect(parallel == sequential)
        // Buckets wider than some edges (5 m against 1 and 2 m) still give exact distances; so does the heap.
        for width in [0.0, 0.5, 5, 50] {
            let other = NearestFacilitySearch(graph: map.graph, bucketWidth: width)
            #expect(sets.map { other.distances(from: $0, limit: 12) } == sequential, "bucket width \(width)")
        }
    }
}
