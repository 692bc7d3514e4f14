/// What recording an analysis wrote: the figures and the regions they are for, and the per-residence features
/// that replaced the `access` layer's previous analysis output (none for the shelter analysis).
public struct AnalysisRecordSummary: Sendable, Hashable {
    public var analysis: String
    public var period: Int
    public var figures: Int
    public var regions: [String]
    public var layerFeaturesWritten: Int
    public var layerFeaturesReplaced: Int

    public init(analysis: String, period: Int, figures: Int, regions: [String], layerFeaturesWritten: Int = 0, layerFeaturesReplaced: Int = 0) {
        self.analysis = analysis
        self.period = period
        self.figures = figures
        self.regions = regions
        self.layerFeaturesWritten = layerFeaturesWritten
        self.layerFeaturesReplaced = layerFeaturesReplaced
    }
}
