/// One shelter's capacity against the people who live within its service radius (walking distance from
/// its node, its class's radius). `coverageRatio` = capacity ÷ population within reach (∞ when nobody does).
public struct ShelterAssessment: Sendable, Hashable, Codable {
    public var id: String
    public var district: String
    public var node: Int
    public var snapDistance: Double
    public var capacity: Double
    public var populationWithinRadius: Double

    public init(id: String, district: String, node: Int, snapDistance: Double, capacity: Double, populationWithinRadius: Double) {
        self.id = id
        self.district = district
        self.node = node
        self.snapDistance = snapDistance
        self.capacity = capacity
        self.populationWithinRadius = populationWithinRadius
    }

    public var coverageRatio: Double {
        populationWithinRadius > 0 ? capacity / populationWithinRadius : .infinity
    }
}
