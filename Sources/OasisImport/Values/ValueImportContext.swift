import OasisCore

/// What a value file is checked against.
public struct ValueImportContext: Sendable {
    public var regionCodes: Set<String>
    public var framework: IndicatorFramework
    /// Periods after this year are in the future and refused.
    public var currentYear: Int
    /// The source recorded for values whose row names none (usually the file name).
    public var defaultSource: String

    public init(regionCodes: Set<String>, framework: IndicatorFramework, currentYear: Int, defaultSource: String) {
        self.regionCodes = regionCodes
        self.framework = framework
        self.currentYear = currentYear
        self.defaultSource = defaultSource
    }
}
