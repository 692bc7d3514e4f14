/// Whether an indicator value is acceptable.
public enum IndicatorStatus: String, Codable, Sendable {
    case pass
    case fail
    /// No threshold and too few peers to compare with, or no value.
    case unknown
}

/// What a status was judged against.
public enum StatusBasis: String, Codable, Sendable {
    /// The indicator's threshold from its source.
    case threshold
    /// The distribution of peer regions (same level, same period): worse than the quartile on the bad side fails.
    case peers
    /// Neither: no threshold and fewer than `EvaluationSettings.minimumPeers` peers with a value.
    case insufficientPeers = "insufficient_peers"
    /// A context figure (population): shown, never judged (`IndicatorDefinition.context`).
    case context
}
