/// What an analysis reads of a stored feature: its representative point and its typed numbers, without the
/// geometry (`ResidentialPoint`, `Shelter` and facility lists are made from these).
public struct SpatialFeaturePoint: Sendable, Hashable {
    public var id: Int64
    public var externalID: String?
    public var region: String?
    public var kind: String?
    public var name: String?
    public var longitude: Double
    public var latitude: Double
    public var population: Double?
    public var effectiveArea: Double?
    public var capacity: Double?

    public init(
        id: Int64, externalID: String?, region: String?, kind: String?, name: String?, longitude: Double, latitude: Double,
        population: Double?, effectiveArea: Double?, capacity: Double?
    ) {
        self.id = id
        self.externalID = externalID
        self.region = region
        self.kind = kind
        self.name = name
        self.longitude = longitude
        self.latitude = latitude
        self.population = population
        self.effectiveArea = effectiveArea
        self.capacity = capacity
    }

    /// The key analyses report the feature by: its external id, or `<kind of thing>-<store id>` when it has none
    /// (`shelter-12`).
    public func key(_ thing: String) -> String { externalID ?? "\(thing)-\(id)" }
}
