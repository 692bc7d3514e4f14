/// What happens when a renewal project cites no problem of the health check ("no renewal without a check").
public enum CitationRule: String, Codable, Sendable, CaseIterable {
    /// Save it and flag it.
    case warn
    /// Refuse to save it.
    case refuse
}
