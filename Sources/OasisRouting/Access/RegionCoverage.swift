/// Population-weighted living-circle coverage of one region: its population and one `TierShare` per tier.
public struct RegionCoverage: Sendable, Hashable, Codable {
    public var region: String
    public var population: Double
    public var tiers: [TierShare]

    public init(region: String, population: Double, tiers: [TierShare]) {
        self.region = region
        self.population = population
        self.tiers = tiers
    }
}
