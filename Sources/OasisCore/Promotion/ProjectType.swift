/// What a renewal or construction project is.
public enum ProjectType: String, Codable, Sendable, CaseIterable {
    case oldNeighbourhoodRenovation = "old_neighbourhood_renovation"
    case urbanVillage = "urban_village"
    case pipeNetworkRenewal = "pipe_network_renewal"
    case completeCommunity = "complete_community"
    case pocketPark = "pocket_park"
    case shelter
    case lifelineMonitoring = "lifeline_monitoring"
    case publicService = "public_service"
    case other

    public var messageKey: MessageKey { MessageKey("project_type_\(rawValue)") }

    /// Renewal projects must cite the problems they address ("no renewal without a check").
    public var isRenewal: Bool {
        switch self {
        case .oldNeighbourhoodRenovation, .urbanVillage, .pipeNetworkRenewal, .completeCommunity, .pocketPark: true
        case .shelter, .lifelineMonitoring, .publicService, .other: false
        }
    }
}
