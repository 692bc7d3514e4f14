import Foundation

/// Two sensors of one asset moving against each other: gas concentration rising while the main's pressure falls
/// (a leak into the space next to a gas main), a level rising while the outflow falls (a blocked drain). Each
/// sensor's rate is measured as in `RateOfChangeRule` (change since the earliest reading inside `windowSeconds`,
/// per minute); the alert is open while the first sensor rises at `risePerMinute` or more AND the second falls at
/// `fallPerMinute` or more. A reading with no earlier reading in the window leaves the alert as it is.
public struct CoMovementRule: Codable, Sendable, Hashable {
    public var rising: String
    public var falling: String
    public var risePerMinute: Double
    public var fallPerMinute: Double
    public var windowSeconds: Double
    public var level: AlertLevel

    public init(rising: String, falling: String, risePerMinute: Double, fallPerMinute: Double, windowSeconds: Double, level: AlertLevel) {
        self.rising = rising
        self.falling = falling
        self.risePerMinute = risePerMinute
        self.fallPerMinute = fallPerMinute
        self.windowSeconds = windowSeconds
        self.level = level
    }

    public func problems() -> [OasisError.Detail] {
        var problems: [OasisError.Detail] = []
        if rising.isEmpty || rising == falling { problems.append(.init(field: "falling", reason: "name two different sensors")) }
        if !risePerMinute.isFinite || risePerMinute <= 0 {
            problems.append(.init(field: "risePerMinute", reason: "must be a finite number above zero"))
        }
        if !fallPerMinute.isFinite || fallPerMinute <= 0 {
            problems.append(.init(field: "fallPerMinute", reason: "must be a finite number above zero"))
        }
        if !windowSeconds.isFinite || windowSeconds <= 0 {
            problems.append(.init(field: "windowSeconds", reason: "must be a finite number of seconds above zero"))
        }
        return problems
    }
}
