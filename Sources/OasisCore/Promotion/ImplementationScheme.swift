/// An implementation scheme (实施方案): one measure of a policy broken into tasks, under a plan.
public struct ImplementationScheme: Codable, Sendable, Equatable, Identifiable {
    public var id: Int64
    public var planID: Int64
    public var measure: Int
    public var region: String
    public var titleZh: String
    public var titleEn: String
    public var tasks: [SchemeTask]

    public init(id: Int64 = 0, planID: Int64, measure: Int, region: String, titleZh: String, titleEn: String = "", tasks: [SchemeTask] = []) {
        self.id = id
        self.planID = planID
        self.measure = measure
        self.region = region
        self.titleZh = titleZh
        self.titleEn = titleEn
        self.tasks = tasks
    }
}
