/// Delays of one unit or one region: overdue tasks, late projects, overdue milestones and cost overruns.
public struct DelayGroup: Codable, Sendable, Equatable {
    public var key: String
    public var tasks: Int
    public var overdueTasks: Int
    public var projects: Int
    public var lateProjects: Int
    public var overdueMilestones: Int
    public var costOverruns: Int

    public init(
        key: String, tasks: Int = 0, overdueTasks: Int = 0, projects: Int = 0, lateProjects: Int = 0, overdueMilestones: Int = 0,
        costOverruns: Int = 0
    ) {
        self.key = key
        self.tasks = tasks
        self.overdueTasks = overdueTasks
        self.projects = projects
        self.lateProjects = lateProjects
        self.overdueMilestones = overdueMilestones
        self.costOverruns = costOverruns
    }

    public var hasDelays: Bool { overdueTasks + lateProjects + overdueMilestones + costOverruns > 0 }
}
