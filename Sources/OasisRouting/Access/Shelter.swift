/// An emergency shelter: its identifier, the district it belongs to, its position, its effective area in
/// m² (the usable area, GB 21734) and its class.
public struct Shelter: Sendable, Hashable, Codable {
    public var id: String
    public var district: String
    public var longitude: Double
    public var latitude: Double
    public var effectiveArea: Double
    public var shelterClass: ShelterClass

    public init(id: String, district: String, longitude: Double, latitude: Double, effectiveArea: Double, shelterClass: ShelterClass) {
        self.id = id
        self.district = district
        self.longitude = longitude
        self.latitude = latitude
        self.effectiveArea = effectiveArea
        self.shelterClass = shelterClass
    }

    /// How many people it holds: effective area ÷ per-capita area of its class (DOMAIN.md §5).
    public var capacity: Double {
        shelterClass.perCapitaArea > 0 ? effectiveArea / shelterClass.perCapitaArea : 0
    }
}
