import OasisRouting
import Testing

@Suite("Living-circle tiers, population coverage and the complete-community checklist")
struct LivingCircleTests {
    //  Home1 at A, Home2 at C, Home3 at E.   kindergarten at B; school at D; clinic at E.
    static let map = try! AsciiMap(
        """
        A--250--B--200--C--600--D
                                |
                                300
                                |
                                E
        """)

    static let standard = LivingCircleStandard(
        walkingSpeed: 60,
        tiers: [
            CoverageTier(name: "5-minute", minutes: 5, distance: 300, requiredTypes: ["kindergarten"]),
            CoverageTier(name: "10-minute", minutes: 10, distance: 500, requiredTypes: ["school"]),
            CoverageTier(name: "15-minute", minutes: 15, distance: 1_000, requiredTypes: ["clinic", "school"]),
        ])

    static func distances() -> FacilityDistances {
        FacilityDistances(
            graph: map.graph, sources: ["kindergarten": [map.node("B")], "school": [map.node("D")], "clinic": [map.node("E")]],
            limit: standard.largestDistance)
    }

    @Test("each tier adds the lower tiers' types at their own distances")
    func requirements() {
        let tier15 = Self.standard.requirements(ofTier: 2)
        #expect(tier15.map(\.type) == ["clinic", "kindergarten", "school"])
        #expect(tier15.map(\.distance) == [1_000, 300, 500])
        let gb = LivingCircleStandard.gb50180
        #expect((0..<3).map(gb.distance(ofTier:)) == [300, 500, 1_000])
        #expect(gb.requirements(ofTier: 2).contains { $0.type == "kindergarten" && $0.distance == 300 })
        let faster = gb.walkingSpeed(80)
        #expect((0..<3).map(faster.distance(ofTier:)) == [400, 800, 1_200])
    }

    @Test("a node meets a tier only if it meets the tiers below")
    func nestedTiers() {
        let distances = Self.distances()
        let map = Self.map
        // C: kindergarten 200, school 600, clinic 900 → 5-minute only (school beyond 500 m).
        #expect([0, 1, 2].map { Self.standard.meets(tier: $0, node: map.node("C"), distances: distances) } == [true, false, false])
        // D: kindergarten 800 → fails the 5-minute tier and so every tier, although school 0 and clinic 300.
        #expect([0, 1, 2].map { Self.standard.meets(tier: $0, node: map.node("D"), distances: distances) } == [false, false, false])
        // B: kindergarten 0, school 800 → 5-minute only.
        #expect(Self.standard.meets(tier: 0, node: map.node("B"), distances: distances))
        #expect(!Self.standard.meets(tier: 1, node: map.node("B"), distances: distances))
    }

    @Test("population-weighted shares per region and per type")
    func populationWeighting() {
        let map = Self.map
        func at(_ letter: Character, _ region: String, _ population: Double) -> AttachedResidence {
            AttachedResidence(
                point: ResidentialPoint(region: region, longitude: 0, latitude: 0, population: population),
                node: map.node(letter), snapDistance: 0)
        }
        // Add a node next to D that meets all tiers: not in this map, so give region "east" residents at D and E.
        let residences = [at("A", "west", 100), at("C", "west", 300), at("D", "east", 50), at("E", "east", 150)]
        let coverage = PopulationCoverage.compute(standard: Self.standard, distances: Self.distances(), residences: residences)
        #expect(coverage.map(\.region) == ["east", "west"])
        let west = coverage[1]
        #expect(west.population == 400)
        // Kindergarten within 300 m: A (250) and C (200) → 100 %. School within 500 m: neither.
        #expect(west.tiers[0].share == 1)
        #expect(west.tiers[0].typeShares == ["kindergarten": 1])
        #expect(west.tiers[1].share == 0)
        #expect(west.tiers[1].typeShares["school"] == 0)
        // Clinic within 1,000 m: C (900) but not A (1,150) → 300 / 400.
        #expect(west.tiers[2].typeShares["clinic"] == 0.75)
        let east = coverage[0]
        // D and E: kindergarten 800 and 1,100 m: nobody meets any tier; school within 500: D (0), E (300) → all.
        #expect(east.tiers.map(\.share) == [0, 0, 0])
        #expect(east.tiers[1].typeShares["school"] == 1)
    }

    @Test("the complete-community checklist names the present and missing types")
    func checklist() throws {
        let network = try GridNetwork.make(size: 5)
        // Kindergarten two blocks away (200 m), clinic four blocks (400 m); no supermarket.
        let distances = FacilityDistances(graph: network.graph, sources: ["kindergarten": [2], "clinic": [4]], limit: 1_000)
        let standard = CompleteCommunityStandard(distance: 300, requiredTypes: ["kindergarten", "clinic", "supermarket"])
        let centre = GridNetwork.position(column: 0.1, row: 0.1)
        let lists = CommunityChecklist.check(
            [(key: "650102001", longitude: centre.longitude, latitude: centre.latitude)],
            standard: standard, network: network, distances: distances)
        let list = try #require(lists.first)
        #expect(list.node == 0)
        #expect(abs(list.present["kindergarten"]! - 200) < 1e-9)
        #expect(list.missing == ["clinic", "supermarket"])
        #expect(!list.isComplete)
        #expect(CompleteCommunityStandard.default.requiredTypes.contains("kindergarten"))
    }
}
