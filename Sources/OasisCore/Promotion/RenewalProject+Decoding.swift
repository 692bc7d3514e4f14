import Foundation

extension RenewalProject {
    enum CodingKeys: String, CodingKey {
        case id, code, nameZh, nameEn, names, type, region, unit, location, area, stage, budget, plannedInvestment, actualInvestment, plannedStart,
            plannedEnd,
            actualEnd, milestones, residential, maximumHeightMeters, citedProblems, policyID, measures, taskID, risks, progress, progressOn
    }

    /// Decodes a project where only code, Chinese name (`nameZh` or `names.zh-Hans`), type and region are required; everything else has
    /// the defaults a new project starts with.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let names = try c.decodeLocalizedText(map: .names, zhHans: .nameZh, en: .nameEn)
        self.init(
            id: try c.decodeIfPresent(Int64.self, forKey: .id) ?? 0, code: try c.decode(String.self, forKey: .code),
            nameZh: names[.zhHans] ?? "", nameEn: names[.en] ?? "",
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
        self.names = names
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(code, forKey: .code)
        try c.encodeLocalizedText(names, map: .names, zhHans: .nameZh, en: .nameEn)
        try c.encode(type, forKey: .type)
        try c.encode(region, forKey: .region)
        try c.encodeIfPresent(unit, forKey: .unit)
        try c.encodeIfPresent(location, forKey: .location)
        try c.encodeIfPresent(area, forKey: .area)
        try c.encode(stage, forKey: .stage)
        try c.encode(budget, forKey: .budget)
        try c.encode(plannedInvestment, forKey: .plannedInvestment)
        try c.encode(actualInvestment, forKey: .actualInvestment)
        try c.encodeIfPresent(plannedStart, forKey: .plannedStart)
        try c.encodeIfPresent(plannedEnd, forKey: .plannedEnd)
        try c.encodeIfPresent(actualEnd, forKey: .actualEnd)
        try c.encode(milestones, forKey: .milestones)
        try c.encode(residential, forKey: .residential)
        try c.encodeIfPresent(maximumHeightMeters, forKey: .maximumHeightMeters)
        try c.encode(citedProblems, forKey: .citedProblems)
        try c.encode(policyID, forKey: .policyID)
        try c.encode(measures, forKey: .measures)
        try c.encodeIfPresent(taskID, forKey: .taskID)
        try c.encode(risks, forKey: .risks)
        try c.encodeIfPresent(progress, forKey: .progress)
        try c.encodeIfPresent(progressOn, forKey: .progressOn)
    }
}
