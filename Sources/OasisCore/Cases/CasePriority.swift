/// How urgent a case is; deadlines depend on it.
public enum CasePriority: String, Codable, CodingKeyRepresentable, Sendable, CaseIterable {
    case emergency
    case urgent
    case normal
}
