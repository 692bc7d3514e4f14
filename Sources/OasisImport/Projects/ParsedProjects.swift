import OasisCore

/// The good projects of a file and every problem found, each naming its line or row and column.
public struct ParsedProjects: Sendable {
    public var projects: [RenewalProject]
    public var problems: [OasisError.Detail]
    public var rowCount: Int
    public var rejectedRows: Int
}
