import OasisCore
import OasisRouting

/// A shelter run on the stored layers: each shelter's assessment, the per-district summaries and U22.
public struct ShelterAnalysisResult: Sendable {
    public var assessments: [ShelterAssessment]
    public var districts: [DistrictShelterSummary]
    public var figures: [AnalysisFigure]

    public init(assessments: [ShelterAssessment], districts: [DistrictShelterSummary], figures: [AnalysisFigure]) {
        self.assessments = assessments
        self.districts = districts
        self.figures = figures
    }
}
