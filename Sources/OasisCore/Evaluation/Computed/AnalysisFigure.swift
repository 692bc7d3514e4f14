/// One region's figure for one computed indicator and period, as an analysis wrote it: the value is
/// `numerator ÷ denominator` (× 100 for shares), and a region's figure is the sum over the regions below it.
public struct AnalysisFigure: Sendable, Hashable, Codable {
    public var region: String
    public var indicator: String
    public var period: Int
    public var numerator: Double
    public var denominator: Double

    public init(region: String, indicator: String, period: Int, numerator: Double, denominator: Double) {
        self.region = region
        self.indicator = indicator
        self.period = period
        self.numerator = numerator
        self.denominator = denominator
    }
}
