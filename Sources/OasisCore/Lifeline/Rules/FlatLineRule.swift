import Foundation

/// A stuck sensor: its readings have stayed within `tolerance` of the first reading of the run for at least
/// `minutes` (and over at least three readings). A reading outside the tolerance starts a new run and clears the
/// alert. Real gas, pressure and flow signals always move a little, so a flat line means a frozen transmitter or
/// a gateway repeating its last value.
public struct FlatLineRule: Codable, Sendable, Hashable {
    public var minutes: Double
    public var tolerance: Double
    public var level: AlertLevel

    public init(minutes: Double, tolerance: Double = 0, level: AlertLevel) {
        self.minutes = minutes
        self.tolerance = tolerance
        self.level = level
    }

    public func problems() -> [OasisError.Detail] {
        var problems: [OasisError.Detail] = []
        if !minutes.isFinite || minutes <= 0 { problems.append(.init(field: "minutes", reason: "must be a finite number of minutes above zero")) }
        if !tolerance.isFinite || tolerance < 0 { problems.append(.init(field: "tolerance", reason: "must be a finite number, zero or more")) }
        return problems
    }
}
