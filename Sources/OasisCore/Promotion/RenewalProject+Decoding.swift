import Foundation

extension RenewalProject {
    enum CodingKeys: String, CodingKey {
        case id, code, nameZh, nameEn, type, region, unit, location, area, stage, budget, plannedInvestment, actualInvestment, plannedStart,
            plannedEnd,
            actualEnd, milestones, residential, maximumHeightMeters, citedProblems, policyID, measures, taskID, risks, progress, progressOn
    }

    /// Decodes a project where only code, Chinese name, type and region are required; everything else has
    /// the defaults a new project starts with.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decodeIfPresent(Int64.self, forKey: .id) ?? 0, code: try c.decode(String.self, forKey: .code),
            nameZh: try c.decode(String.self, forKey: .nameZh), nameEn: try c.decodeIfPresent(String.self, forKey: .nameEn) ?? "",
            type: try c.decode(ProjectType.self, forKey: .type), region: try c.decode(String.self, forKey: .region),
            unit: try c.decodeIfPresent(String.self, forKey: .unit), location: try c.decodeIfPresent(GeoPoint.self, forKey: .location),
            area: try c.decodeIfPresent(BoundaryArea.self, forKey: .area),
            stage: try c.decodeIfPresent(ProjectStage.self, forKey: .stage) ?? .reserve,
            budget: try c.decodeIfPresent([FundingSource: Double].self, forKey: .budget) ?? [:],
            plannedInvestment: try c.decodeIfPresent([Int: Double].self, forKey: .plannedInvestment) ?? [:],
            actualInvestment: try c.decodeIfPresent([Int: Double].self, forKey: .actualInvestment) ?? [:],
            plannedStart: try c.decodeIfPresent(Date.self, forKey: .plannedStart), plannedEnd: try c.decodeIfPresent(Date.self, forKey: .plannedEnd),
            actualEnd: try c.decodeIfPresent(Date.self, forKey: .actualEnd),
            milestones: try c.decodeIfPresent([ProjectMilestone].self, forKey: .milestones) ?? [],
            residential: try c.decodeIfPresent(Bool.self, forKey: .residential) ?? false,
            maximumHeightMeters: try c.decodeIfPresent(Double.self, forKey: .maximumHeightMeters),
            citedProblems: try c.decodeIfPresent([Int64].self, forKey: .citedProblems) ?? [],
            policyID: try c.decodeIfPresent(String.self, forKey: .policyID) ?? Policy.builtInID,
            measures: try c.decodeIfPresent([Int].self, forKey: .measures) ?? [],
            taskID: try c.decodeIfPresent(Int64.self, forKey: .taskID), risks: try c.decodeIfPresent([ProjectRisk].self, forKey: .risks) ?? [],
            progress: try c.decodeIfPresent(Double.self, forKey: .progress), progressOn: try c.decodeIfPresent(Date.self, forKey: .progressOn)
        )
    }
}
