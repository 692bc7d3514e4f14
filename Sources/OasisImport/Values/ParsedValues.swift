import OasisCore

/// The outcome of reading a value file: the good values and every problem found, with its place.
public struct ParsedValues: Sendable {
    /// `long` (region, indicator, period, value[, source, unit]) or `wide` (region, period[, source], one column per indicator).
    public var layout: String
    /// Data rows read (excluding the header and blank lines).
    public var rowCount: Int
    public var values: [IndicatorValueCandidate]
    public var problems: [OasisError.Detail]
    /// Rows with at least one problem.
    public var rejectedRows: Int
}

/// A value that passed validation.
public struct IndicatorValueCandidate: Sendable, Equatable {
    public var region: String
    public var indicator: String
    public var period: Int
    public var value: Double
    public var source: String

    public init(region: String, indicator: String, period: Int, value: Double, source: String) {
        self.region = region
        self.indicator = indicator
        self.period = period
        self.value = value
        self.source = source
    }
}
