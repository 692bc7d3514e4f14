/// One residence's walking access: the distance in metres to the nearest facility of each searched type
/// (`.infinity` beyond the search limit or where a type has no facility) and the largest living-circle tier
/// it meets (nil when it does not meet even the smallest). What the `access` layer keeps per residence.
public struct ResidenceAccess: Sendable, Hashable {
    public var residence: AttachedResidence
    public var distances: [String: Double]
    /// Index into the standard's tiers; meeting a tier implies meeting every tier below it.
    public var tierMet: Int?

    public init(residence: AttachedResidence, distances: [String: Double], tierMet: Int?) {
        self.residence = residence
        self.distances = distances
        self.tierMet = tierMet
    }

    /// Every residence's distances (for each type `distances` searched) and the tier it meets under `standard`.
    public static func compute(standard: LivingCircleStandard, distances: FacilityDistances, residences: [AttachedResidence]) -> [ResidenceAccess] {
        let requirements = standard.tiers.indices.map(standard.requirements(ofTier:))
        let resolved = distances.resolving(requirements.joined().map(\.type))
        let types = distances.byType.keys.sorted()
        return residences.map { residence in
            let own = Dictionary(uniqueKeysWithValues: types.map { ($0, distances.distance($0, from: residence.node)) })
            // Each tier's requirements include the lower tiers', so the last tier met is the largest.
            let met = requirements.indices.last { tier in
                requirements[tier].allSatisfy { resolved.distance($0.type, from: residence.node) <= $0.distance }
            }
            return ResidenceAccess(residence: residence, distances: own, tierMet: met)
        }
    }
}
