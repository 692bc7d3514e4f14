/// What a complete residential community must have within walking distance (the Complete Residential
/// Community Standard, 2020, DOMAIN.md §6): a community service station, kindergarten, nursery, elderly
/// day care, health station, supermarket, activity ground, parcel point and convenience shop, named as the
/// OSM facility rules name them. The default distance is 500 m, the 10-minute circle's (the standard sizes
/// a community for a 5–10 minute walk). Editable data.
public struct CompleteCommunityStandard: Sendable, Hashable, Codable {
    public var distance: Double
    public var requiredTypes: [String]

    public init(distance: Double, requiredTypes: [String]) {
        self.distance = distance
        self.requiredTypes = requiredTypes
    }

    public static let `default` = CompleteCommunityStandard(
        distance: 500,
        requiredTypes: [
            "community_service", "kindergarten", "nursery", "elderly_care", "clinic", "supermarket", "playground",
            "parcel_point", "convenience",
        ])
}
