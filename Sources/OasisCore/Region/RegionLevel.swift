/// The tiers of China's administrative hierarchy that Oasis keys its data by.
///
/// The raw values are the stable identifiers used in storage, CSV files and the API.
public enum RegionLevel: String, Codable, Sendable, CaseIterable, Comparable {
    case province
    case prefecture
    case county
    case subdistrict
    case community
    case neighbourhood

    /// Depth in the hierarchy: the province is 0.
    public var depth: Int {
        switch self {
        case .province: 0
        case .prefecture: 1
        case .county: 2
        case .subdistrict: 3
        case .community: 4
        case .neighbourhood: 5
        }
    }

    public static func < (lhs: RegionLevel, rhs: RegionLevel) -> Bool { lhs.depth < rhs.depth }

    /// The catalogue key of this level's display name.
    public var messageKey: MessageKey { MessageKey("region_level_\(rawValue)") }
}
