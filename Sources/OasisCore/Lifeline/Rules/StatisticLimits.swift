import Foundation

/// Limits per alert level on a statistic that grows with trouble (T², Q), with one level to clear at. A value at
/// or above a level's limit raises that level (the most severe it reaches); once open, the alert moves between
/// levels as the value crosses their limits, stays at the least severe of them while the value lies between
/// `clearBelow` and that level's limit, and clears only when the value falls below `clearBelow`. The wide band
/// keeps one alert open through a fault whose statistic wavers, instead of opening and closing it at every
/// reading.
///
/// Example (blue 18.75, yellow 48, clear below 6.75): 5, 20, 50, 30, 10, 6 open blue at 20, escalate to yellow
/// at 50, ease to blue at 30, stay blue at 10 and clear at 6.
public struct StatisticLimits: Codable, Sendable, Hashable {
    public var limits: [AlertLevel: Double]
    public var clearBelow: Double

    public init(limits: [AlertLevel: Double], clearBelow: Double) {
        self.limits = limits
        self.clearBelow = clearBelow
    }

    /// The level a value puts the alert at, given its level now.
    public func level(for value: Double, current: AlertLevel?) -> AlertLevel? {
        let reached = AlertLevel.ascendingSeverity.last { level in limits[level].map { value >= $0 } ?? false }
        guard current != nil, value >= clearBelow else { return reached }
        return reached ?? AlertLevel.ascendingSeverity.first { limits[$0] != nil }
    }

    /// Whether a value reaches any level's limit.
    public func reachesAny(_ value: Double) -> Bool {
        limits.values.contains { value >= $0 }
    }

    public func problems(field: String) -> [OasisError.Detail] {
        var problems: [OasisError.Detail] = []
        if limits.isEmpty { problems.append(.init(field: "\(field).limits", reason: "give a limit for at least one level")) }
        for (level, limit) in limits.sorted(by: { $0.key.rawValue < $1.key.rawValue }) where !limit.isFinite || limit <= 0 {
            problems.append(.init(field: "\(field).limits.\(level.rawValue)", reason: "the limit must be a finite number above zero"))
        }
        let ordered = AlertLevel.ascendingSeverity.compactMap { level in limits[level].map { (level, $0) } }
        for (lower, higher) in zip(ordered, ordered.dropFirst()) where higher.1 <= lower.1 {
            problems.append(
                .init(
                    field: "\(field).limits.\(higher.0.rawValue)",
                    reason: "level \(higher.0.romanNumeral) must lie above level \(lower.0.romanNumeral)"))
        }
        if !clearBelow.isFinite || clearBelow < 0 {
            problems.append(.init(field: "\(field).clearBelow", reason: "must be a finite number, zero or more"))
        } else if let lowest = ordered.first, clearBelow > lowest.1 {
            problems.append(.init(field: "\(field).clearBelow", reason: "must not lie above the least severe level's limit"))
        }
        return problems
    }
}
