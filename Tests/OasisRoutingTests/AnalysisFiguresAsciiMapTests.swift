import OasisCore
import OasisRouting
import Testing

@Suite("The health check's figures from a drawn street map, with exact numbers")
struct AnalysisFiguresAsciiMapTests {
    //  kindergarten at A; clinic at B; primary school and market at C; middle school and elderly care at D.
    static let drawing = "A--200--B--300--C--400--D"

    /// Every type the figures P04–P12 name, two per tier.
    static let standard = LivingCircleStandard(
        walkingSpeed: 60,
        tiers: [
            CoverageTier(name: "5-minute", minutes: 5, distance: 300, requiredTypes: ["kindergarten", "clinic"]),
            CoverageTier(name: "10-minute", minutes: 10, distance: 500, requiredTypes: ["primary_school", "market|supermarket"]),
            CoverageTier(name: "15-minute", minutes: 15, distance: 1_000, requiredTypes: ["middle_school", "elderly_care"]),
        ])

    @Test("P04–P12 as covered residents over residents per region, U22 as effective shelter area over residents")
    func figures() throws {
        let map = try AsciiMap(Self.drawing)
        let network = try map.accessNetwork()
        // north: A 100, C 300; south: B 200, D 600; 50 people at B with no region count nowhere.
        let homes: [(Character, String, Double)] = [
            ("A", "north", 100), ("C", "north", 300), ("B", "south", 200), ("D", "south", 600), ("B", "", 50),
        ]
        let residences = AttachedResidence.attach(
            homes.map { letter, region, population in
                let place = map.position(letter)
                return ResidentialPoint(region: region, longitude: place.longitude, latitude: place.latitude, population: population)
            }, to: network)
        #expect(residences.map(\.node) == homes.map { map.node($0.0) })
        // Imported facilities join the artefact's: the clinic comes from the network, the rest from a layer.
        let imported: [String: [LonLat]] = [
            "kindergarten": [map.position("A")], "primary_school": [map.position("C")], "market": [map.position("C")],
            "middle_school": [map.position("D")], "elderly_care": [map.position("D")],
        ]
        let sources = network.sources(["clinic": [map.node("B")]], adding: imported)
        #expect(sources["kindergarten"] == [map.node("A")] && sources["clinic"] == [map.node("B")])
        let distances = FacilityDistances(graph: network.graph, sources: sources, limit: Self.standard.largestDistance)
        let coverage = PopulationCoverage.compute(standard: Self.standard, distances: distances, residences: residences)
        let figures = AnalysisFigures.access(coverage, period: 2026)
        func pairs(_ region: String) -> [String: [Double]] {
            Dictionary(uniqueKeysWithValues: figures.filter { $0.region == region }.map { ($0.indicator, [$0.numerator, $0.denominator]) })
        }
        // A: kindergarten 0, clinic 200, school and market 500, middle school and elderly care 900 → every tier.
        // C: kindergarten 500 (beyond 300) → no tier, although within reach of everything else.
        #expect(
            pairs("north") == [
                "P04": [100, 400], "P05": [400, 400], "P06": [400, 400], "P07": [400, 400], "P08": [400, 400], "P09": [400, 400],
                "P10": [100, 400], "P11": [100, 400], "P12": [100, 400],
            ])
        // B: kindergarten 200, clinic 0, school 300, middle school 700 → every tier. D: kindergarten 900, clinic 700 → none.
        #expect(
            pairs("south") == [
                "P04": [200, 800], "P05": [800, 800], "P06": [800, 800], "P07": [200, 800], "P08": [800, 800], "P09": [800, 800],
                "P10": [200, 800], "P11": [200, 800], "P12": [200, 800],
            ])
        #expect(Set(figures.map(\.region)) == ["north", "south"])
        #expect(figures.allSatisfy { $0.period == 2026 })
        #expect(AccessIndicator.named("P04")?.value(numerator: 300, denominator: 1_200) == 25)

        let access = ResidenceAccess.compute(standard: Self.standard, distances: distances, residences: residences)
        #expect(access.map(\.tierMet) == [2, nil, 2, nil, 2])
        #expect(access[1].distances["kindergarten"] == 500)
        #expect(access[3].distances["kindergarten"] == 900)
        #expect(access[3].distances["clinic"] == 700)

        // An emergency shelter (500 m) of 800 m² at A for the north; the south has none.
        let a = map.position("A")
        let shelter = Shelter(
            id: "square", district: "north", longitude: a.longitude, latitude: a.latitude, effectiveArea: 800, shelterClass: .emergency)
        let districts = ShelterCapacity.assess([shelter], residences: residences, network: network).districts
        let u22 = AnalysisFigures.shelters(districts, period: 2026)
        #expect(
            u22 == [
                AnalysisFigure(region: "north", indicator: "U22", period: 2026, numerator: 800, denominator: 400),
                AnalysisFigure(region: "south", indicator: "U22", period: 2026, numerator: 0, denominator: 800),
            ])
    }
}
