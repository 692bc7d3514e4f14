/// How one policy measure is being implemented: its scheme tasks, the projects that implement it by stage,
/// their money and progress, and the indicators that measure it over time.
public struct MeasureStatus: Codable, Sendable, Equatable, TitledInLanguages {
    public struct IndicatorTrend: Codable, Sendable, Equatable, NamedInLanguages {
        public struct Point: Codable, Sendable, Equatable {
            public var period: Int
            public var value: Double
            public init(period: Int, value: Double) {
                self.period = period
                self.value = value
            }
        }

        public var code: String
        /// The indicator's name in each language that has one.
        public var names: LocalizedText
        public var unit: String
        public var points: [Point]

        public init(code: String, names: LocalizedText, unit: String, points: [Point]) {
            self.code = code
            self.names = names
            self.unit = unit
            self.points = points
        }

        enum CodingKeys: String, CodingKey { case code, nameZh, nameEn, names, unit, points }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            code = try c.decode(String.self, forKey: .code)
            names = try c.decodeLocalizedText(map: .names, zhHans: .nameZh, en: .nameEn)
            unit = try c.decode(String.self, forKey: .unit)
            points = try c.decode([Point].self, forKey: .points)
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(code, forKey: .code)
            try c.encodeLocalizedText(names, map: .names, zhHans: .nameZh, en: .nameEn)
            try c.encode(unit, forKey: .unit)
            try c.encode(points, forKey: .points)
        }
    }

    public var measure: Int
    public var section: Int
    /// The measure's title in each language that has one.
    public var titles: LocalizedText
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
        measure: Int, section: Int = 0, titles: LocalizedText = LocalizedText(), tasks: Int = 0, tasksDone: Int = 0, tasksOverdue: Int = 0,
        projects: Int = 0, projectsByStage: [String: Int] = [:], lateProjects: Int = 0, budget: Double = 0, actualInvestment: Double = 0,
        meanProgress: Double? = nil, indicators: [IndicatorTrend] = []
    ) {
        self.measure = measure
        self.section = section
        self.titles = titles
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

    enum CodingKeys: String, CodingKey {
        case measure, section, titleZh, titleEn, titles, tasks, tasksDone, tasksOverdue, projects, projectsByStage, lateProjects, budget,
            actualInvestment, meanProgress, indicators
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            measure: try c.decode(Int.self, forKey: .measure), section: try c.decode(Int.self, forKey: .section),
            titles: try c.decodeLocalizedText(map: .titles, zhHans: .titleZh, en: .titleEn), tasks: try c.decode(Int.self, forKey: .tasks),
            tasksDone: try c.decode(Int.self, forKey: .tasksDone), tasksOverdue: try c.decode(Int.self, forKey: .tasksOverdue),
            projects: try c.decode(Int.self, forKey: .projects), projectsByStage: try c.decode([String: Int].self, forKey: .projectsByStage),
            lateProjects: try c.decode(Int.self, forKey: .lateProjects), budget: try c.decode(Double.self, forKey: .budget),
            actualInvestment: try c.decode(Double.self, forKey: .actualInvestment),
            meanProgress: try c.decodeIfPresent(Double.self, forKey: .meanProgress),
            indicators: try c.decode([IndicatorTrend].self, forKey: .indicators))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(measure, forKey: .measure)
        try c.encode(section, forKey: .section)
        try c.encodeLocalizedText(titles, map: .titles, zhHans: .titleZh, en: .titleEn)
        try c.encode(tasks, forKey: .tasks)
        try c.encode(tasksDone, forKey: .tasksDone)
        try c.encode(tasksOverdue, forKey: .tasksOverdue)
        try c.encode(projects, forKey: .projects)
        try c.encode(projectsByStage, forKey: .projectsByStage)
        try c.encode(lateProjects, forKey: .lateProjects)
        try c.encode(budget, forKey: .budget)
        try c.encode(actualInvestment, forKey: .actualInvestment)
        try c.encodeIfPresent(meanProgress, forKey: .meanProgress)
        try c.encode(indicators, forKey: .indicators)
    }

}
