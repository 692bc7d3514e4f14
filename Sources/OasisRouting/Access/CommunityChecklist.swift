/// The complete-community checklist of one community: the required types found within the standard's
/// distance of its centre (with the walking distance to the nearest one) and those missing.
public struct CommunityChecklist: Sendable, Hashable, Codable {
    public var community: String
    public var node: Int
    public var snapDistance: Double
    /// Type → walking distance in metres to the nearest facility of it (only those within the distance).
    public var present: [String: Double]
    /// Required types with no facility within the distance, in the standard's order.
    public var missing: [String]

    public var isComplete: Bool { missing.isEmpty }

    public init(community: String, node: Int, snapDistance: Double, present: [String: Double], missing: [String]) {
        self.community = community
        self.node = node
        self.snapDistance = snapDistance
        self.present = present
        self.missing = missing
    }

    /// The checklist of each community, given as (key, centre). Communities are attached to their nearest
    /// node; `distances` must have been computed with a limit of at least the standard's distance.
    public static func check(
        _ communities: [(key: String, longitude: Double, latitude: Double)],
        standard: CompleteCommunityStandard = .default,
        network: AccessNetwork, distances: FacilityDistances
    ) -> [CommunityChecklist] {
        communities.compactMap { community in
            guard let snap = network.snap(longitude: community.longitude, latitude: community.latitude) else { return nil }
            var present: [String: Double] = [:]
            var missing: [String] = []
            for type in standard.requiredTypes {
                let distance = distances.distance(type, from: snap.node)
                if distance <= standard.distance { present[type] = distance } else { missing.append(type) }
            }
            return CommunityChecklist(
                community: community.key, node: snap.node, snapDistance: snap.distance,
                present: present, missing: missing)
        }
    }
}
