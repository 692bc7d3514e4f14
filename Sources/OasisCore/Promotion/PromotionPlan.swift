/// A strategic plan (战略规划) of a region for a span of years, implementing a policy, with dated goals.
/// Implementation schemes break it down by measure.
public struct PromotionPlan: Codable, Sendable, Equatable, Identifiable, TitledInLanguages {
    public var id: Int64
    public var region: String
    public var policyID: String
    /// The plan's title in each language that has one; zh-Hans is required.
    public var titles: LocalizedText
    public var startYear: Int
    public var endYear: Int
    public var goals: [PlanGoal]

    public init(
        id: Int64 = 0, region: String, policyID: String, titleZh: String, titleEn: String, startYear: Int, endYear: Int, goals: [PlanGoal] = []
    ) {
        self.id = id
        self.region = region
        self.policyID = policyID
        self.titles = LocalizedText(zhHans: titleZh, en: titleEn)
        self.startYear = startYear
        self.endYear = endYear
        self.goals = goals
    }

    /// Every inconsistency at once, each naming its field.
    public func problems() -> [OasisError.Detail] {
        var problems: [OasisError.Detail] = []
        if titleZh.isEmpty { problems.append(.init(field: "titleZh", reason: "required")) }
        var check = DomainCheck()
        check.texts(titles, .name, "", map: "titles", zhHans: "titleZh", en: "titleEn")
        check.text(region, .code, "region")
        check.text(policyID, .code, "policyID")
        check.integer(startYear, .year, "startYear")
        check.integer(endYear, .year, "endYear")
        for (index, goal) in goals.enumerated() {
            check.texts(goal.texts, .description, "goals[\(index)]", map: "texts", zhHans: "textZh", en: "textEn")
            check.text(goal.indicator, .code, "goals[\(index)].indicator")
            check.number(goal.target, .indicatorValue, "goals[\(index)].target")
            check.integer(goal.year, .year, "goals[\(index)].year")
        }
        problems += check.details
        if endYear < startYear { problems.append(.init(field: "endYear", reason: "\(endYear) is before startYear \(startYear)")) }
        for (index, goal) in goals.enumerated() where goal.year < startYear || goal.year > endYear {
            problems.append(.init(field: "goals[\(index)].year", reason: "\(goal.year) lies outside the plan's years \(startYear)–\(endYear)"))
        }
        return problems
    }
}
