import Foundation

/// A project of the library (项目库): what, where, how much from which sources, when, how far, and which
/// ledger problems it addresses.
public struct RenewalProject: Codable, Sendable, Equatable, Identifiable, NamedInLanguages {
    public var id: Int64
    public var code: String
    /// The project's name in each language that has one; zh-Hans is required.
    public var names: LocalizedText
    public var type: ProjectType
    public var region: String
    /// The unit responsible for delivering it (牵头单位).
    public var unit: String?
    /// The project's site: a point, or the polygons of its area (checked against the boundary as a whole).
    public var location: GeoPoint?
    public var area: BoundaryArea?
    public var stage: ProjectStage
    /// Budget by funding source (10,000 yuan, 万元).
    public var budget: [FundingSource: Double]
    /// Planned and actual investment by year (万元).
    public var plannedInvestment: [Int: Double]
    public var actualInvestment: [Int: Double]
    public var plannedStart: Date?
    public var plannedEnd: Date?
    public var actualEnd: Date?
    public var milestones: [ProjectMilestone]
    /// For buildings: whether residential, and the tallest building's height in metres.
    public var residential: Bool
    public var maximumHeightMeters: Double?
    /// The ledger problems this project addresses.
    public var citedProblems: [Int64]
    /// The policy measures and scheme task it implements.
    public var policyID: String
    public var measures: [Int]
    public var taskID: Int64?
    public var risks: [ProjectRisk]
    /// The latest progress report's percentage and date.
    public var progress: Double?
    public var progressOn: Date?

    public init(
        id: Int64 = 0, code: String, nameZh: String, nameEn: String, type: ProjectType, region: String, unit: String? = nil,
        location: GeoPoint? = nil,
        area: BoundaryArea? = nil, stage: ProjectStage = .reserve, budget: [FundingSource: Double] = [:],
        plannedInvestment: [Int: Double] = [:], actualInvestment: [Int: Double] = [:], plannedStart: Date? = nil, plannedEnd: Date? = nil,
        actualEnd: Date? = nil, milestones: [ProjectMilestone] = [], residential: Bool = false, maximumHeightMeters: Double? = nil,
        citedProblems: [Int64] = [], policyID: String = Policy.builtInID, measures: [Int] = [], taskID: Int64? = nil,
        risks: [ProjectRisk] = [], progress: Double? = nil, progressOn: Date? = nil
    ) {
        self.id = id
        self.code = code
        self.names = LocalizedText(zhHans: nameZh, en: nameEn)
        self.type = type
        self.region = region
        self.unit = unit
        self.location = location
        self.area = area
        self.stage = stage
        self.budget = budget
        self.plannedInvestment = plannedInvestment
        self.actualInvestment = actualInvestment
        self.plannedStart = plannedStart
        self.plannedEnd = plannedEnd
        self.actualEnd = actualEnd
        self.milestones = milestones
        self.residential = residential
        self.maximumHeightMeters = maximumHeightMeters
        self.citedProblems = citedProblems
        self.policyID = policyID
        self.measures = measures
        self.taskID = taskID
        self.risks = risks
        self.progress = progress
        self.progressOn = progressOn
    }

    public var totalBudget: Double { budget.values.reduce(0, +) }
    public var totalActualInvestment: Double { actualInvestment.values.reduce(0, +) }
}
