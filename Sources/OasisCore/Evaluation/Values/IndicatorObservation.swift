/// One indicator value of one region in one period (a year), as the evaluation reads it.
public struct IndicatorObservation: Sendable, Hashable, Codable {
    public var region: String
    public var indicator: String
    public var period: Int
    public var value: Double

    public init(region: String, indicator: String, period: Int, value: Double) {
        self.region = region
        self.indicator = indicator
        self.period = period
        self.value = value
    }
}
