import OasisRouting

/// What a background job keeps of its analyses (the job's `result` column, JSON): the network it walked on, and for
/// each analysis recorded the figures written and what the pages show — the living-circle coverage per region, and
/// each shelter's reach and each district's summary, which the CLI only prints, the shelters' service areas and the
/// communities' checklists.
public struct AnalysisJobResult: Sendable, Codable, Equatable {
    public struct Network: Sendable, Codable, Equatable {
        public var nodes: Int
        public var edges: Int
        public var facilities: Int
    }

    public struct Access: Sendable, Codable, Equatable {
        public var figures: Int
        public var regions: [String]
        public var residences: Int
        public var layerFeaturesWritten: Int
        /// Facility types with none on the network or among the imported facilities (0 % covered).
        public var missingTypes: [String]
    }

    /// One shelter's reach: its capacity against the residents within its class's walking radius.
    public struct ShelterReach: Sendable, Codable, Equatable {
        public var id: String
        public var name: String
        public var district: String
        public var capacity: Double
        public var populationWithinRadius: Double
    }

    public struct Shelters: Sendable, Codable, Equatable {
        public var figures: Int
        public var shelters: [ShelterReach]
        public var districts: [DistrictShelterSummary]
        /// Shelters left out, with why (unknown class, no effective area).
        public var skipped: [String]
    }

    /// One shelter's walking service area: the convex hull of the network nodes within its class's radius.
    public struct ShelterArea: Sendable, Codable, Equatable {
        public var id: String
        public var name: String
        public var metres: Double
        /// Longitude, latitude pairs, closed (the last repeats the first).
        public var ring: [[Double]]
    }

    /// One community's checklist: the required types within the distance of its centre (walking metres to the nearest)
    /// and those missing.
    public struct CommunityCheck: Sendable, Codable, Equatable {
        public var id: String
        public var name: String
        public var region: String
        public var missing: [String]
        public var present: [String: Double]

        public var isComplete: Bool { missing.isEmpty }
    }

    public struct Communities: Sendable, Codable, Equatable {
        /// The walking distance in metres within which a facility counts.
        public var distance: Double
        /// The required types, in the standard's order (`a|b`: either).
        public var required: [String]
        public var communities: [CommunityCheck]
        /// Communities with no network node near their centre, left out.
        public var offNetwork: [String]
        /// Required types with none on the network or among the imported facilities (every community misses them).
        public var missingTypes: [String]
    }

    public var network: Network?
    public var access: Access?
    public var shelters: Shelters?
    public var isochrones: [ShelterArea]?
    public var communities: Communities?

    public init(
        network: Network? = nil, access: Access? = nil, shelters: Shelters? = nil, isochrones: [ShelterArea]? = nil,
        communities: Communities? = nil
    ) {
        self.network = network
        self.access = access
        self.shelters = shelters
        self.isochrones = isochrones
        self.communities = communities
    }
}
