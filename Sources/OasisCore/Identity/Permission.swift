/// One thing a role may do. Modules add the permissions they need here.
public enum Permission: String, Codable, Sendable, CaseIterable {
    case manageUsers = "manage_users"
    case readRegions = "read_regions"
    case writeRegions = "write_regions"
    case readAudit = "read_audit"
    case readIndicators = "read_indicators"
    case writeIndicators = "write_indicators"
    case readCases = "read_cases"
    case submitCases = "submit_cases"
    case dispatchCases = "dispatch_cases"
    case handleCases = "handle_cases"
    case superviseCases = "supervise_cases"
    case readProjects = "read_projects"
    case writeProjects = "write_projects"
    case readLayers = "read_layers"
    case writeLayers = "write_layers"
}
