/// How log events are written on standard error.
public enum LogFormat: String, Sendable, Equatable, CaseIterable {
    /// One readable line per event (swift-log's stream format).
    case text
    /// One JSON object per line.
    case json
}
