/// How sure the framework is of an indicator or threshold (DOMAIN.md's [S], [I], [R]).
public enum SourceConfidence: String, Codable, Sendable, CaseIterable {
    /// Seen in a published standard or official document.
    case published
    /// Seen in public implementations, not in the standard's own text.
    case practice
    /// Recalled, unverified: treat as configurable data.
    case recalled
}
