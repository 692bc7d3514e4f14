import OasisCore
import OasisRouting
import Testing

/// GB 50180's requirements that accept either of two facilities (菜市场或生鲜超市; the community health service centre
/// or a hospital), and the types a city has none of: worked by hand on a drawn street.
@Suite("Living circles: a requirement met by either of its facilities, and types the city lacks")
struct LivingCircleAlternativesTests {
    @Test("the nearest of the alternatives counts; a requirement with none of them is infinitely far")
    func alternatives() {
        let distances = FacilityDistances(byType: ["market": [5, .infinity], "supermarket": [3, 10]], limit: 1_000, nodeCount: 2)
        #expect(distances.distance("market|supermarket", from: 0) == 3)
        #expect(distances.distance("market|supermarket", from: 1) == 10)
        #expect(distances.distance("market", from: 1) == .infinity)
        #expect(distances.distance("health_centre|hospital", from: 0) == .infinity)
        // Resolved once for a loop: the same answers, looked up directly.
        let resolved = distances.resolving(["market|supermarket", "health_centre|hospital", "market"])
        #expect(resolved.byType["market|supermarket"] == [3, 10])
        #expect(resolved.byType["health_centre|hospital"] == nil)
        #expect(resolved.distance("health_centre|hospital", from: 0) == .infinity)
    }

    @Test("P09 counts a supermarket within 500 m although the market is 600 m away; a hospital meets the 15-minute health need")
    func supermarketCounts() throws {
        // 100 people at A; a supermarket at B (200 m), a market and a hospital at C (600 m).
        let map = try AsciiMap("A--200--B--400--C")
        let network = try map.accessNetwork()
        let a = map.position("A")
        let residences = AttachedResidence.attach(
            [ResidentialPoint(region: "north", longitude: a.longitude, latitude: a.latitude, population: 100)], to: network)
        let sources = network.sources(
            [:], adding: ["supermarket": [map.position("B")], "market": [map.position("C")], "hospital": [map.position("C")]])
        let standard = LivingCircleStandard.gb50180
        let distances = FacilityDistances(graph: network.graph, sources: sources, limit: standard.largestDistance)
        let coverage = PopulationCoverage.compute(standard: standard, distances: distances, residences: residences)
        let figures = AnalysisFigures.access(coverage, period: 2026)
        let p09 = try #require(figures.first { $0.indicator == "P09" })
        #expect(p09.numerator == 100 && p09.denominator == 100)
        let tiers = try #require(coverage.first?.tiers)
        #expect(tiers[1].typeShares["market|supermarket"] == 1)
        #expect(tiers[2].typeShares["health_centre|hospital"] == 1)
        // With only the market, 600 m is beyond the 10-minute 500 m.
        let marketOnly = FacilityDistances(
            graph: network.graph, sources: network.sources([:], adding: ["market": [map.position("C")]]), limit: standard.largestDistance)
        let without = PopulationCoverage.compute(standard: standard, distances: marketOnly, residences: residences)
        #expect(without.first?.tiers[1].typeShares["market|supermarket"] == 0)
        // An operator's standard that names the market alone still gives P09, from the market: 600 m > 500 m.
        var marketsOnly = standard
        marketsOnly.tiers[1].requiredTypes = ["primary_school", "market", "sports"]
        let own = PopulationCoverage.compute(standard: marketsOnly, distances: distances, residences: residences)
        let ownP09 = try #require(AnalysisFigures.access(own, period: 2026).first { $0.indicator == "P09" })
        #expect(ownP09.numerator == 0 && ownP09.denominator == 100)
    }

    @Test("the requirements none of whose facilities the city has, in the standard's order, each once")
    func missing() {
        #expect(
            LivingCircleStandard.gb50180.missingTypes(present: ["supermarket", "hospital"]) == [
                "community_service", "canteen", "kindergarten", "clinic", "playground", "primary_school", "sports", "middle_school",
                "elderly_care", "culture", "police",
            ])
        #expect(LivingCircleStandard.gb50180.missingTypes(present: ["market", "health_centre"]).contains("kindergarten"))
        #expect(!LivingCircleStandard.gb50180.missingTypes(present: ["market", "health_centre"]).contains("market|supermarket"))
    }
}
