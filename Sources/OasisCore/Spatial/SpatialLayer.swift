/// A layer of spatial features the living-circle and shelter analyses read or write.
public enum SpatialLayer: String, Sendable, Codable, CaseIterable {
    /// Living-circle facilities (kindergartens, clinics …); kind = a facility type such as `kindergarten`.
    case facilities
    /// Where people live, with their population; kind = a free residence type (`building`, `compound` …).
    case residences
    /// Emergency shelters with their effective area; kind = a shelter class such as `short_term`.
    case shelters
    /// Residential communities (社区) whose complete-community checklist the analyses check from their centre (a point,
    /// or the representative point of their outline); kind = free (`community`, `compound` …).
    case communities
    /// Analysis results: per-residence nearest distances and the like, written by the analyses.
    case access

    /// The property naming a feature's kind in this layer's GeoJSON.
    public var kindProperty: String {
        switch self {
        case .shelters: "class"
        case .facilities, .residences, .communities, .access: "type"
        }
    }

    /// True for layers users upload; `access` is written by the analyses only.
    public var isImportable: Bool { self != .access }
}
