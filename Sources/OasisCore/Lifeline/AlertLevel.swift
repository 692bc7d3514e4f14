/// The four grades of a lifeline alert, as China's emergency plans name them: level I (red, the most severe),
/// II (orange), III (yellow) and IV (blue). The raw value is the level's number, so a smaller number is more
/// severe; pages always show the level's number and name with its colour, never the colour alone.
public enum AlertLevel: Int, Codable, CodingKeyRepresentable, Sendable, CaseIterable, Hashable {
    case red = 1
    case orange = 2
    case yellow = 3
    case blue = 4

    /// Whether this level is more severe than another (red is more severe than orange).
    public func isMoreSevere(than other: AlertLevel) -> Bool { rawValue < other.rawValue }

    /// The more severe of two levels; `nil` counts as no alert at all.
    public static func mostSevere(_ first: AlertLevel?, _ second: AlertLevel?) -> AlertLevel? {
        guard let first else { return second }
        guard let second else { return first }
        return first.isMoreSevere(than: second) ? first : second
    }

    /// The levels from the least severe (blue) to the most severe (red).
    public static let ascendingSeverity: [AlertLevel] = [.blue, .yellow, .orange, .red]

    /// "I" to "IV", as notices print the level.
    public var romanNumeral: String { ["I", "II", "III", "IV"][rawValue - 1] }

    /// The catalogue key of the level's name (红色 / red …).
    public var messageKey: String { "lifeline_level_\(self)" }
}
