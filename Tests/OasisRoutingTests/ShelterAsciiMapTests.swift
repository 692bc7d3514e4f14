import OasisCore
import OasisRouting
import OasisTestSupport
import Testing

@Suite("Shelter capacity on a drawn street map, with exact numbers")
struct ShelterAsciiMapTests {
    static let drawing = """
        A--200--B--300--C
        |               |
        600             150
        |               |
        D------900------E
        """

    @Test("population within each shelter's walking radius, capacity, surplus and per-district figures")
    func shelters() throws {
        let map = try AsciiMap(Self.drawing)
        let network = try map.accessNetwork()
        let homes: [(Character, String, Double)] = [
            ("A", "north", 1_000), ("B", "north", 500), ("C", "south", 800), ("D", "south", 300), ("E", "south", 400),
        ]
        let residences = AttachedResidence.attach(
            homes.map { letter, district, population in
                let place = map.position(letter)
                return ResidentialPoint(region: district, longitude: place.longitude, latitude: place.latitude, population: population)
            }, to: network)
        #expect(residences.map(\.node) == homes.map { map.node($0.0) })
        let a = map.position("A")
        let e = map.position("E")
        let shelters = [
            // Emergency (500 m) at A: A 0, B 200, C 500 (inclusive); D 600 and E 650 are beyond.
            Shelter(id: "square", district: "north", longitude: a.longitude, latitude: a.latitude, effectiveArea: 400, shelterClass: .emergency),
            // Short-term (1,000 m) at E: C 150, B 450, A 650, D 900 — everyone.
            Shelter(id: "stadium", district: "south", longitude: e.longitude, latitude: e.latitude, effectiveArea: 3_000, shelterClass: .shortTerm),
        ]
        let recorder = UpdateRecorder()
        let result = ShelterCapacity.assess(shelters, residences: residences, network: network, progress: recorder.reporter)
        #expect(result.shelters.map(\.populationWithinRadius) == [2_300, 3_000])
        #expect(result.shelters.map(\.capacity) == [800, 1_500])
        #expect(result.shelters.map { $0.capacity - $0.populationWithinRadius } == [-1_500, -1_500])
        #expect(
            result.districts == [
                DistrictShelterSummary(
                    district: "north", shelterCount: 1, effectiveArea: 400, capacity: 800, population: 1_500, populationServed: 2_300),
                DistrictShelterSummary(
                    district: "south", shelterCount: 1, effectiveArea: 3_000, capacity: 1_500, population: 1_500, populationServed: 3_000),
            ])
        #expect(result.districts[1].areaPerPerson == 2)
        #expect(recorder.updates.map(\.completed) == [0, 1, 2])
        #expect(recorder.updates.allSatisfy { $0.step == .shelterReach && $0.total == 2 })
    }

    @Test("the nearest-facility search and the coverage report monotone progress ending at 100 %")
    func progress() throws {
        let map = try AsciiMap(Self.drawing)
        let network = try map.accessNetwork()
        let recorder = UpdateRecorder()
        let distances = FacilityDistances(
            graph: map.graph, sources: ["kindergarten": [map.node("A")], "clinic": [map.node("E")], "park": []],
            limit: 1_000, progress: recorder.reporter)
        #expect(distances.distance("clinic", from: map.node("B")) == 450)
        let searched = recorder.updates.filter { $0.step == .nearestFacility }
        #expect(searched.map(\.completed) == [0, 1, 2, 3])
        let place = map.position("B")
        let residences = AttachedResidence.attach(
            [ResidentialPoint(region: "r", longitude: place.longitude, latitude: place.latitude, population: 10)],
            to: network)
        _ = PopulationCoverage.compute(standard: .gb50180, distances: distances, residences: residences, progress: recorder.reporter)
        let coverage = recorder.updates.filter { $0.step == .coverage }
        #expect(coverage.map(\.completed) == [0, 1])
        #expect(coverage.last?.fraction == 1)
    }
}
