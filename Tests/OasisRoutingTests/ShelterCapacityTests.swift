import OasisRouting
import Testing

@Suite("Shelter capacity against the population within the service radius")
struct ShelterCapacityTests {
    @Test("capacity is effective area over the class's per-capita area")
    func capacity() {
        let shelter = Shelter(id: "s", district: "d", longitude: 0, latitude: 0, effectiveArea: 3_000, shelterClass: .shortTerm)
        #expect(shelter.capacity == 1_500)
        #expect(ShelterClass.defaults.map(\.perCapitaArea) == [0.5, 2.0, 3.0, 4.5])
        #expect(ShelterClass.defaults.map(\.serviceRadius) == [500, 1_000, 1_500, 2_500])
    }

    @Test("each shelter counts the residents within its radius; districts sum their shelters")
    func assessment() throws {
        // An 11 × 11 grid, 100 m blocks; the homes lie on its first street (nodes 0…10).
        let network = try GridNetwork.make(size: 11)
        func home(_ column: Int, _ district: String, _ population: Double) -> ResidentialPoint {
            let position = GridNetwork.position(column: Double(column), row: 0)
            return ResidentialPoint(region: district, longitude: position.longitude, latitude: position.latitude, population: population)
        }
        let residences = AttachedResidence.attach(
            [
                home(0, "north", 400), home(4, "north", 600), home(6, "south", 1_000),
                home(10, "south", 2_000),
            ], to: network)
        #expect(residences.map(\.node) == [0, 4, 6, 10])
        let at = { (column: Double) in GridNetwork.position(column: column, row: 0) }
        let shelters = [
            // Emergency, radius 500 m from node 0: reaches nodes 0…4 → 1,000 people; holds 1,000 / 0.5 = 2,000.
            Shelter(
                id: "park", district: "north", longitude: at(0).longitude, latitude: at(0).latitude, effectiveArea: 1_000, shelterClass: .emergency),
            // Short-term, radius 1,000 m from node 10: every home on the street, node 0 exactly at 1,000 m
            // (the radius is inclusive) → 4,000 people; holds 2,000 / 2 = 1,000.
            Shelter(
                id: "school", district: "south", longitude: at(10).longitude, latitude: at(10).latitude, effectiveArea: 2_000,
                shelterClass: .shortTerm),
        ]
        let result = ShelterCapacity.assess(shelters, residences: residences, network: network)
        #expect(result.shelters.map(\.populationWithinRadius) == [1_000, 4_000])
        #expect(result.shelters.map(\.capacity) == [2_000, 1_000])
        #expect(result.shelters[0].coverageRatio == 2)
        let north = try #require(result.districts.first { $0.district == "north" })
        #expect(north.population == 1_000)
        #expect(north.populationServed == 1_000)
        #expect(north.areaPerPerson == 1)
        let south = try #require(result.districts.first { $0.district == "south" })
        #expect(south.population == 3_000)
        #expect(south.capacity == 1_000)
        let expectedRatio = 0.25
        #expect(abs(south.capacityRatio - expectedRatio) < 1e-12)
    }

    @Test("a district with residents and no shelter shows zero capacity")
    func districtWithoutShelter() throws {
        let network = try GridNetwork.make(size: 3)
        let home = GridNetwork.position(column: 1, row: 1)
        let residences = AttachedResidence.attach(
            [ResidentialPoint(region: "east", longitude: home.longitude, latitude: home.latitude, population: 70)],
            to: network)
        let result = ShelterCapacity.assess([], residences: residences, network: network)
        #expect(
            result.districts == [
                DistrictShelterSummary(
                    district: "east", shelterCount: 0, effectiveArea: 0, capacity: 0,
                    population: 70, populationServed: 0)
            ])
        #expect(result.districts[0].areaPerPerson == 0)
    }
}
