import OasisCore

/// What a project-library import did: rows read, projects saved (new and updated), rows rejected and why.
public struct ProjectImportOutcome: Codable, Sendable {
    public var fileName: String
    public var rowCount: Int
    public var created: Int
    public var updated: Int
    public var rejectedRows: Int
    public var problems: [OasisError.Detail]
    /// Saved projects carrying flags (outside the boundary, super-tall, overruns, no cited problem …), by code.
    public var flagged: [String: [ProjectFlag.Kind]]
}
