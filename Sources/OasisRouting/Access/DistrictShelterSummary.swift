/// Shelters per district: the district's shelters, their effective area and capacity, the district's own
/// residents, and the residents (of any district) within the service radius of at least one of its shelters.
/// `areaPerPerson` (effective area ÷ district population) is the health-check indicator "shelter area per
/// person"; `capacityRatio` (capacity ÷ population served) says whether the shelters hold those they serve.
public struct DistrictShelterSummary: Sendable, Hashable, Codable {
    public var district: String
    public var shelterCount: Int
    public var effectiveArea: Double
    public var capacity: Double
    public var population: Double
    public var populationServed: Double

    public init(district: String, shelterCount: Int, effectiveArea: Double, capacity: Double, population: Double, populationServed: Double) {
        self.district = district
        self.shelterCount = shelterCount
        self.effectiveArea = effectiveArea
        self.capacity = capacity
        self.population = population
        self.populationServed = populationServed
    }

    public var areaPerPerson: Double { population > 0 ? effectiveArea / population : .infinity }
    public var capacityRatio: Double { populationServed > 0 ? capacity / populationServed : .infinity }
}
