/// How one policy measure is being implemented: its scheme tasks, the projects that implement it by stage,
/// their money and progress, and the indicators that measure it over time.
public struct MeasureStatus: Codable, Sendable, Equatable {
    public struct IndicatorTrend: Codable, Sendable, Equatable {
        public struct Point: Codable, Sendable, Equatable {
            public var period: Int
            public var value: Double
            public init(period: Int, value: Double) {
                self.period = period
                self.value = value
            }
        }

        public var code: String
        public var nameZh: String
        public var nameEn: String
        public var unit: String
        public var points: [Point]

        public init(code: String, nameZh: String, nameEn: String, unit: String, points: [Point]) {
            self.code = code
            self.nameZh = nameZh
            self.nameEn = nameEn
            self.unit = unit
            self.points = points
        }
    }

    public var measure: Int
    public var section: Int
    public var titleZh: String
    public var titleEn: String
    public var tasks: Int
    public var tasksDone: Int
    public var tasksOverdue: Int
    public var projects: Int
    public var projectsByStage: [String: Int]
    public var lateProjects: Int
    /// 万元.
    public var budget: Double
    public var actualInvestment: Double
    /// Mean of the projects' latest reported progress, 0–100, over those that have reported.
    public var meanProgress: Double?
    public var indicators: [IndicatorTrend]

    public init(
        measure: Int, section: Int = 0, titleZh: String = "", titleEn: String = "", tasks: Int = 0, tasksDone: Int = 0, tasksOverdue: Int = 0,
        projects: Int = 0, projectsByStage: [String: Int] = [:], lateProjects: Int = 0, budget: Double = 0, actualInvestment: Double = 0,
        meanProgress: Double? = nil, indicators: [IndicatorTrend] = []
    ) {
        self.measure = measure
        self.section = section
        self.titleZh = titleZh
        self.titleEn = titleEn
        self.tasks = tasks
        self.tasksDone = tasksDone
        self.tasksOverdue = tasksOverdue
        self.projects = projects
        self.projectsByStage = projectsByStage
        self.lateProjects = lateProjects
        self.budget = budget
        self.actualInvestment = actualInvestment
        self.meanProgress = meanProgress
        self.indicators = indicators
    }
}
