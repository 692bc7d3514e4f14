/// What a user does in Oasis. The role decides which permissions the user has; the scope decides on
/// which regions and units the user may use them.
public enum Role: String, Codable, Sendable, CaseIterable {
    case admin
    case analyst
    case dispatcher
    case unitHandler = "unit_handler"
    case supervisor
    case citizen

    /// The permissions of the role.
    public var permissions: Set<Permission> {
        switch self {
        case .admin: Set(Permission.allCases)
        case .analyst: [.readRegions, .readIndicators, .writeIndicators, .readAudit, .readProjects, .writeProjects, .readLayers, .writeLayers]
        case .dispatcher: [.readRegions, .readCases, .dispatchCases]
        case .unitHandler: [.readRegions, .readCases, .handleCases]
        case .supervisor: [.readRegions, .readIndicators, .readCases, .superviseCases, .readAudit, .readProjects, .readLayers]
        case .citizen: [.readRegions, .submitCases]
        }
    }

    public func can(_ permission: Permission) -> Bool { permissions.contains(permission) }

    public var messageKey: MessageKey { MessageKey("role_\(rawValue)") }
}
