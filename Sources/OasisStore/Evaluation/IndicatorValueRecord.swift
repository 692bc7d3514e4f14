import OasisCore

/// A stored indicator value with its provenance.
public struct IndicatorValueRecord: Sendable, Codable, Equatable {
    public var region: String
    public var indicator: String
    public var period: Int
    public var value: Double
    public var source: String
    public var importID: Int64?

    public init(region: String, indicator: String, period: Int, value: Double, source: String, importID: Int64? = nil) {
        self.region = region
        self.indicator = indicator
        self.period = period
        self.value = value
        self.source = source
        self.importID = importID
    }

    public var observation: IndicatorObservation { IndicatorObservation(region: region, indicator: indicator, period: period, value: value) }
}
