import Foundation

/// A value that changes too fast: pressure falling after a main bursts, a level rising in a storm drain. The rate
/// at a reading is the change since the earliest reading still inside `windowSeconds`, per minute; the alert is
/// open while that rate, in the rule's direction, is at or beyond `perMinute`. A reading with no earlier reading
/// in the window leaves the alert as it is.
public struct RateOfChangeRule: Codable, Sendable, Hashable {
    public enum Direction: String, Codable, Sendable, CaseIterable {
        case rise
        case fall
        case either
    }

    public var direction: Direction
    /// The rate (units of the sensor per minute, positive) at which the alert opens.
    public var perMinute: Double
    public var windowSeconds: Double
    public var level: AlertLevel

    public init(direction: Direction, perMinute: Double, windowSeconds: Double, level: AlertLevel) {
        self.direction = direction
        self.perMinute = perMinute
        self.windowSeconds = windowSeconds
        self.level = level
    }

    public func problems() -> [OasisError.Detail] {
        var problems: [OasisError.Detail] = []
        if !perMinute.isFinite || perMinute <= 0 { problems.append(.init(field: "perMinute", reason: "must be a finite number above zero")) }
        if !windowSeconds.isFinite || windowSeconds <= 0 {
            problems.append(.init(field: "windowSeconds", reason: "must be a finite number of seconds above zero"))
        }
        return problems
    }

    /// Whether a signed rate per minute trips the rule.
    public func trips(_ rate: Double) -> Bool {
        switch direction {
        case .rise: rate >= perMinute
        case .fall: -rate >= perMinute
        case .either: abs(rate) >= perMinute
        }
    }
}
