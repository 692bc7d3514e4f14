extension PromotionPlan {
    enum CodingKeys: String, CodingKey {
        case id, region, policyID, titleZh, titleEn, startYear, endYear, goals
    }

    /// Decodes a plan; the id (assigned when stored), the English title, the policy (the built-in one) and
    /// the goals may be left out.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decodeIfPresent(Int64.self, forKey: .id) ?? 0, region: try c.decode(String.self, forKey: .region),
            policyID: try c.decodeIfPresent(String.self, forKey: .policyID) ?? Policy.builtInID, titleZh: try c.decode(String.self, forKey: .titleZh),
            titleEn: try c.decodeIfPresent(String.self, forKey: .titleEn) ?? "", startYear: try c.decode(Int.self, forKey: .startYear),
            endYear: try c.decode(Int.self, forKey: .endYear), goals: try c.decodeIfPresent([PlanGoal].self, forKey: .goals) ?? [])
    }
}
