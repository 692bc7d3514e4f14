extension PromotionPlan {
    enum CodingKeys: String, CodingKey {
        case id, region, policyID, titleZh, titleEn, titles, startYear, endYear, goals
    }

    /// Decodes a plan; the id (assigned when stored), the English title, the policy (the built-in one) and
    /// the goals may be left out.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let titles = try c.decodeLocalizedText(map: .titles, zhHans: .titleZh, en: .titleEn)
        self.init(
            id: try c.decodeIfPresent(Int64.self, forKey: .id) ?? 0, region: try c.decode(String.self, forKey: .region),
            policyID: try c.decodeIfPresent(String.self, forKey: .policyID) ?? Policy.builtInID, titleZh: titles[.zhHans] ?? "",
            titleEn: titles[.en] ?? "", startYear: try c.decode(Int.self, forKey: .startYear),
            endYear: try c.decode(Int.self, forKey: .endYear), goals: try c.decodeIfPresent([PlanGoal].self, forKey: .goals) ?? [])
        self.titles = titles
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(region, forKey: .region)
        try c.encode(policyID, forKey: .policyID)
        try c.encodeLocalizedText(titles, map: .titles, zhHans: .titleZh, en: .titleEn)
        try c.encode(startYear, forKey: .startYear)
        try c.encode(endYear, forKey: .endYear)
        try c.encode(goals, forKey: .goals)
    }
}
