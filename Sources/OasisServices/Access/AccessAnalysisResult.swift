import OasisCore
import OasisRouting
import OasisStore

/// A living-circle run on the stored layers: the population-weighted coverage per region, each residence's
/// walking distances and tier (paired with the stored residence it came from), and the health check's figures.
public struct AccessAnalysisResult: Sendable {
    public var standard: LivingCircleStandard
    public var coverage: [RegionCoverage]
    /// The stored residences attached to the network, in the order of `access`.
    public var residences: [SpatialFeaturePoint]
    public var access: [ResidenceAccess]
    public var figures: [AnalysisFigure]

    public init(
        standard: LivingCircleStandard, coverage: [RegionCoverage], residences: [SpatialFeaturePoint], access: [ResidenceAccess],
        figures: [AnalysisFigure]
    ) {
        self.standard = standard
        self.coverage = coverage
        self.residences = residences
        self.access = access
        self.figures = figures
    }
}
