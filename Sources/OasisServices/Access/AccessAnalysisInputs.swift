import OasisCore
import OasisRouting
import OasisStore

/// What the living-circle and shelter analyses read from the stored layers for one region (and below): the
/// residences with the points the analyses take from them, the shelters as the routing's `Shelter`s, and the
/// imported facilities by type, and the communities whose complete-community checklist is checked. Features that cannot take part are counted, never silently dropped: residences
/// without a region (they count in no region's figure), residences without a population, shelters of an
/// unknown class or without an effective area.
public struct AccessAnalysisInputs: Sendable {
    /// The stored residences with a population, in id order.
    public var residences: [SpatialFeaturePoint]
    /// One point per residence (region "" for a residence without one).
    public var points: [ResidentialPoint]
    public var residencesWithoutRegion: Int
    public var residencesWithoutPopulation: Int
    public var shelters: [Shelter]
    /// Shelter id → name.
    public var shelterNames: [String: String]
    /// The shelters left out, with why.
    public var skippedShelters: [String]
    /// Imported facility positions by type, added to the network's own facilities.
    public var facilities: [String: [LonLat]]
    /// The communities layer: each community's centre (its point, or its outline's representative point).
    public var communities: [SpatialFeaturePoint]

    public init(
        residences: [SpatialFeaturePoint], shelters: [SpatialFeaturePoint], facilities: [SpatialFeaturePoint],
        communities: [SpatialFeaturePoint] = [], classes: [ShelterClass] = ShelterClass.defaults
    ) {
        self.communities = communities
        let withPopulation = residences.filter { $0.population != nil }
        self.residences = withPopulation
        points = withPopulation.map {
            ResidentialPoint(region: $0.region ?? "", longitude: $0.longitude, latitude: $0.latitude, population: $0.population ?? 0)
        }
        residencesWithoutRegion = withPopulation.filter { $0.region == nil }.count
        residencesWithoutPopulation = residences.count - withPopulation.count
        var kept: [Shelter] = []
        var names: [String: String] = [:]
        var skipped: [String] = []
        for feature in shelters {
            let id = feature.key("shelter")
            guard let shelterClass = classes.first(where: { $0.name == feature.kind?.lowercased() }) else {
                skipped.append("\(id): unknown class \(feature.kind ?? "(none)")")
                continue
            }
            guard let area = feature.effectiveArea else {
                skipped.append("\(id): no effective area")
                continue
            }
            kept.append(
                Shelter(
                    id: id, district: feature.region ?? "", longitude: feature.longitude, latitude: feature.latitude,
                    effectiveArea: area, shelterClass: shelterClass))
            names[id] = feature.name ?? ""
        }
        self.shelters = kept
        shelterNames = names
        skippedShelters = skipped
        var byType: [String: [LonLat]] = [:]
        for facility in facilities {
            guard let type = facility.kind, !type.isEmpty else { continue }
            byType[type, default: []].append(LonLat(facility.longitude, facility.latitude))
        }
        self.facilities = byType
    }
}
