/// The regions and units a user's permissions apply to. An empty region list means every region;
/// an empty unit list means every unit. A region in the list covers everything below it.
public struct AccessScope: Codable, Sendable, Hashable {
    public var regions: [RegionCode]
    public var units: [String]

    public init(regions: [RegionCode] = [], units: [String] = []) {
        self.regions = regions
        self.units = units
    }

    /// Scope over everything.
    public static let everything = AccessScope()

    public var coversAllRegions: Bool { regions.isEmpty }
    public var coversAllUnits: Bool { units.isEmpty }
}
