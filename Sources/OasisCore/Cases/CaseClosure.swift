/// How a closed case ended: closing is not one thing.
public enum CaseClosure: String, Codable, Sendable, CaseIterable {
    case resolved
    /// Nothing more can or need be done (explained to the citizen).
    case noFurtherAction = "no_further_action"
    case notResponsible = "not_responsible"
    /// Merged into another case about the same thing.
    case duplicate
    /// Handed to another channel (courts, 110 …).
    case referred
}
