/// A dated target: an indicator in a region should reach a value by a year.
public struct IndicatorTarget: Codable, Sendable, Equatable, Identifiable {
    public enum Comparison: String, Codable, Sendable {
        case atLeast
        case atMost
    }

    public var id: String
    public var indicator: String
    public var region: String
    public var baseYear: Int
    public var targetYear: Int
    public var value: Double
    public var comparison: Comparison
    public var sourceZh: String?
    public var sourceEn: String?

    public init(
        id: String, indicator: String, region: String, baseYear: Int, targetYear: Int, value: Double,
        comparison: Comparison, sourceZh: String? = nil, sourceEn: String? = nil
    ) {
        self.id = id
        self.indicator = indicator
        self.region = region
        self.baseYear = baseYear
        self.targetYear = targetYear
        self.value = value
        self.comparison = comparison
        self.sourceZh = sourceZh
        self.sourceEn = sourceEn
    }

    public func isMet(by value: Double) -> Bool {
        comparison == .atLeast ? value >= self.value - 1e-9 : value <= self.value + 1e-9
    }
}
