/// An implementation scheme (实施方案): one measure of a policy broken into tasks, under a plan.
public struct ImplementationScheme: Codable, Sendable, Equatable, Identifiable, TitledInLanguages {
    public var id: Int64
    public var planID: Int64
    public var measure: Int
    public var region: String
    /// The scheme's title in each language that has one; zh-Hans is required.
    public var titles: LocalizedText
    public var tasks: [SchemeTask]

    public init(id: Int64 = 0, planID: Int64, measure: Int, region: String, titleZh: String, titleEn: String = "", tasks: [SchemeTask] = []) {
        self.id = id
        self.planID = planID
        self.measure = measure
        self.region = region
        self.titles = LocalizedText(zhHans: titleZh, en: titleEn)
        self.tasks = tasks
    }
}
