import Foundation

/// What a rule's evaluation changed about its one alert: it opened, moved to a more or less severe level, or
/// cleared. A rule never reports a change that leaves the level as it was, so one open alert per rule and
/// sensor is updated rather than duplicated.
public struct AlertChange: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case opened(AlertLevel)
        case escalated(from: AlertLevel, to: AlertLevel)
        case eased(from: AlertLevel, to: AlertLevel)
        case cleared(from: AlertLevel)
    }

    public var time: Date
    public var kind: Kind
    /// The value that caused the change: the reading, the rate per minute, or `nil` for silence.
    public var value: Double?

    public init(time: Date, kind: Kind, value: Double?) {
        self.time = time
        self.kind = kind
        self.value = value
    }

    /// The change that takes an alert from `old` to `new` at `time`, or `nil` when the level stays.
    public static func between(_ old: AlertLevel?, _ new: AlertLevel?, at time: Date, value: Double?) -> AlertChange? {
        switch (old, new) {
        case (nil, nil): return nil
        case (nil, let level?): return AlertChange(time: time, kind: .opened(level), value: value)
        case (let level?, nil): return AlertChange(time: time, kind: .cleared(from: level), value: value)
        case (let from?, let to?):
            if from == to { return nil }
            return AlertChange(
                time: time, kind: to.isMoreSevere(than: from) ? .escalated(from: from, to: to) : .eased(from: from, to: to), value: value)
        }
    }

    /// The alert's level after this change (`nil` once cleared).
    public var levelAfter: AlertLevel? {
        switch kind {
        case .opened(let level): level
        case .escalated(_, let level), .eased(_, let level): level
        case .cleared: nil
        }
    }
}
