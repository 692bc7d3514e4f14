/// A risk to a project (land, funding, relocation, safety …) with its level and mitigation.
public struct ProjectRisk: Codable, Sendable, Equatable {
    public enum Level: String, Codable, Sendable, CaseIterable {
        case low
        case medium
        case high
    }

    public var description: String
    public var level: Level
    public var mitigation: String?

    public init(description: String, level: Level, mitigation: String? = nil) {
        self.description = description
        self.level = level
        self.mitigation = mitigation
    }
}
