/// The tiers of the living circle and the walking speed, with the rule for meeting a tier.
///
/// Defaults (DOMAIN.md §6): GB 50180-2018 gives the 5-minute circle 300 m, the 10-minute 500 m and the
/// 15-minute 800–1,000 m; the default takes 1,000 m (set 800 for the strict reading). The types are the
/// typical facilities the domain notes list for each tier, named as the OSM facility rules name them. Where the
/// standard accepts either of two facilities the requirement names both, joined by `|`: the 10- and 15-minute
/// "market" is a market or a (fresh-food) supermarket (菜市场或生鲜超市), and the 15-minute health facility is a
/// community health service centre (社区卫生服务中心, type `health_centre`) or a hospital, which offers at least its
/// services.
/// With `walkingSpeed(_:)` every tier's distance becomes minutes × speed instead (TD/T 1062-2021 assumes 60 m/min).
///
/// The rule: each tier must also provide the lower tiers' facilities. A node meets tier *k* when, for every
/// type listed by tiers 1…*k*, the nearest facility is within the distance of the lowest tier listing it
/// (a kindergarten must be within 300 m even for the 15-minute circle). So meeting a tier implies meeting
/// all tiers below it.
public struct LivingCircleStandard: Sendable, Hashable, Codable {
    /// Metres per minute, used for tiers without an explicit distance.
    public var walkingSpeed: Double
    /// From the smallest tier to the largest.
    public var tiers: [CoverageTier]

    public init(walkingSpeed: Double = 60, tiers: [CoverageTier]) {
        self.walkingSpeed = walkingSpeed
        self.tiers = tiers
    }

    public static let gb50180 = LivingCircleStandard(
        walkingSpeed: 60,
        tiers: [
            CoverageTier(
                name: "5-minute", minutes: 5, distance: 300,
                requiredTypes: ["community_service", "canteen", "kindergarten", "clinic", "playground"]),
            CoverageTier(
                name: "10-minute", minutes: 10, distance: 500,
                requiredTypes: ["primary_school", "market|supermarket", "sports"]),
            CoverageTier(
                name: "15-minute", minutes: 15, distance: 1_000,
                requiredTypes: ["middle_school", "health_centre|hospital", "elderly_care", "culture", "sports", "police", "market|supermarket"]),
        ])

    /// The same tiers and types with every distance taken as minutes × `speed` (metres per minute).
    public func walkingSpeed(_ speed: Double) -> LivingCircleStandard {
        LivingCircleStandard(
            walkingSpeed: speed,
            tiers: tiers.map {
                CoverageTier(name: $0.name, minutes: $0.minutes, distance: nil, requiredTypes: $0.requiredTypes)
            })
    }

    /// Tier `index`'s distance in metres.
    public func distance(ofTier index: Int) -> Double {
        tiers[index].distance ?? tiers[index].minutes * walkingSpeed
    }

    /// What meeting tier `index` takes: each type of tiers 0…index with the distance it must lie within, by type.
    public func requirements(ofTier index: Int) -> [(type: String, distance: Double)] {
        var result: [(type: String, distance: Double)] = []
        for lower in 0...index {
            let distance = distance(ofTier: lower)
            for type in tiers[lower].requiredTypes where !result.contains(where: { $0.type == type }) {
                result.append((type, distance))
            }
        }
        return result.sorted { $0.type < $1.type }
    }

    /// The farthest distance any tier uses (the limit the searches need).
    public var largestDistance: Double {
        tiers.indices.map(distance(ofTier:)).max() ?? 0
    }

    /// Whether `node` meets tier `index`.
    public func meets(tier index: Int, node: Int, distances: FacilityDistances) -> Bool {
        requirements(ofTier: index).allSatisfy { distances.distance($0.type, from: node) <= $0.distance }
    }

    /// The requirements (in the tiers' order, each once) none of whose alternatives is among the types `present`:
    /// a city without any of them has 0 % covered for it, which is the finding, not an error.
    public func missingTypes(present: Set<String>) -> [String] {
        var missing: [String] = []
        for tier in tiers {
            for type in tier.requiredTypes where !missing.contains(type) {
                if !type.split(separator: "|").contains(where: { present.contains(String($0)) }) { missing.append(type) }
            }
        }
        return missing
    }
}
