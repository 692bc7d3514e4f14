import Foundation

/// An offline sensor: no reading for `minutes`. Judged on the clock (at every evaluation tick), not on readings;
/// the next reading clears it.
public struct SilenceRule: Codable, Sendable, Hashable {
    public var minutes: Double
    public var level: AlertLevel

    public init(minutes: Double, level: AlertLevel) {
        self.minutes = minutes
        self.level = level
    }

    public func problems() -> [OasisError.Detail] {
        guard minutes.isFinite, minutes > 0 else { return [.init(field: "minutes", reason: "must be a finite number of minutes above zero")] }
        return []
    }
}
