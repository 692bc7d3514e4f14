/// What a project file is checked against: the regions, the measures of the policy, the ledger's problems
/// and the scheme tasks that exist.
public struct ProjectImportContext: Sendable {
    public var regionCodes: Set<String>
    public var policyID: String
    public var measures: Set<Int>
    public var problemIDs: Set<Int64>
    public var taskIDs: Set<Int64>
    /// Refuse renewal projects that cite no problem ("no renewal without a check").
    public var requireCitedProblems: Bool

    public init(
        regionCodes: Set<String>, policyID: String, measures: Set<Int>, problemIDs: Set<Int64>, taskIDs: Set<Int64>,
        requireCitedProblems: Bool = false
    ) {
        self.regionCodes = regionCodes
        self.policyID = policyID
        self.measures = measures
        self.problemIDs = problemIDs
        self.taskIDs = taskIDs
        self.requireCitedProblems = requireCitedProblems
    }
}
