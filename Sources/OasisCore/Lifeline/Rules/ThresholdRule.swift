import Foundation

/// Limits per alert level with hysteresis. A reading at or beyond a level's limit raises that level (the most
/// severe level whose limit it reaches); the alert leaves its level only when a reading comes back past the
/// limit by more than `hysteresis`, so a value that hovers at a limit does not open and close alerts at every
/// reading. Levels may be left out (a sensor with only yellow and red limits), but those given must grow more
/// severe further into the dangerous side.
///
/// Example (gas concentration in %LEL, `above`, blue 10, yellow 20, orange 25, red 50, hysteresis 2): readings
/// 9, 12, 21, 19, 17.5 open blue at 12, escalate to yellow at 21, stay yellow at 19 (within 2 of 20) and ease
/// to blue at 17.5.
public struct ThresholdRule: Codable, Sendable, Hashable {
    public var direction: ThresholdDirection
    public var limits: [AlertLevel: Double]
    public var hysteresis: Double

    public init(direction: ThresholdDirection, limits: [AlertLevel: Double], hysteresis: Double = 0) {
        self.direction = direction
        self.limits = limits
        self.hysteresis = hysteresis
    }

    /// Problems that make the rule unusable, each naming its field; empty when the rule is sound.
    public func problems() -> [OasisError.Detail] {
        var problems: [OasisError.Detail] = []
        if limits.isEmpty { problems.append(.init(field: "limits", reason: "give a limit for at least one level")) }
        for (level, limit) in limits where !limit.isFinite {
            problems.append(.init(field: "limits.\(level)", reason: "the limit must be a finite number"))
        }
        if !hysteresis.isFinite || hysteresis < 0 {
            problems.append(.init(field: "hysteresis", reason: "must be a finite number, zero or more"))
        }
        let ordered = AlertLevel.ascendingSeverity.compactMap { level in limits[level].map { (level, $0) } }
        for (lower, higher) in zip(ordered, ordered.dropFirst()) where !isFurther(higher.1, than: lower.1) {
            problems.append(
                .init(
                    field: "limits.\(higher.0)",
                    reason: "level \(higher.0.romanNumeral) must lie \(direction == .above ? "above" : "below") level \(lower.0.romanNumeral)"))
        }
        return problems
    }

    /// The level a reading puts the alert at, given the level it is at now.
    public func level(for value: Double, current: AlertLevel?) -> AlertLevel? {
        var reached: AlertLevel?
        for level in AlertLevel.ascendingSeverity {
            if let limit = limits[level], reaches(value, limit) { reached = level }
        }
        guard let current, let limit = limits[current] else { return reached }
        let held = direction == .above ? value > limit - hysteresis : value < limit + hysteresis
        return held ? AlertLevel.mostSevere(current, reached) : reached
    }

    private func reaches(_ value: Double, _ limit: Double) -> Bool {
        direction == .above ? value >= limit : value <= limit
    }

    private func isFurther(_ value: Double, than other: Double) -> Bool {
        direction == .above ? value > other : value < other
    }
}
