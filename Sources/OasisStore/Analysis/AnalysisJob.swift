import Foundation

/// A background analysis of one region: the analyses asked for (in the order they run), the network, the state,
/// the step in progress with its counts, the analyses already recorded, and the result (JSON) once they ran.
public struct AnalysisJob: Sendable, Hashable {
    public var id: Int64
    public var region: String
    public var period: Int
    public var analyses: [String]
    public var state: AnalysisJobState
    public var network: AnalysisJobNetwork
    /// The step in progress (a `ProgressStep` raw value, or a phase of the job such as `record_access`).
    public var step: String?
    public var completed: Int
    public var total: Int
    /// The analyses whose figures are already recorded; a resumed job goes on after them.
    public var recorded: [String]
    /// Why the job failed or was cancelled, in English (the page shows its own words for the state).
    public var message: String?
    /// The result document (JSON): per analysis, what was recorded and the figures the page shows.
    public var result: String?
    public var createdByID: Int64?
    public var createdBy: String
    public var createdAt: Date
    public var startedAt: Date?
    public var finishedAt: Date?
    public var heartbeatAt: Date

    public init(
        id: Int64 = 0, region: String, period: Int, analyses: [String], state: AnalysisJobState = .queued, network: AnalysisJobNetwork,
        step: String? = nil, completed: Int = 0, total: Int = 0, recorded: [String] = [], message: String? = nil, result: String? = nil,
        createdByID: Int64?, createdBy: String, createdAt: Date, startedAt: Date? = nil, finishedAt: Date? = nil, heartbeatAt: Date? = nil
    ) {
        self.id = id
        self.region = region
        self.period = period
        self.analyses = analyses
        self.state = state
        self.network = network
        self.step = step
        self.completed = completed
        self.total = total
        self.recorded = recorded
        self.message = message
        self.result = result
        self.createdByID = createdByID
        self.createdBy = createdBy
        self.createdAt = createdAt
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.heartbeatAt = heartbeatAt ?? createdAt
    }

    /// The share of the current step done, 0…1; 1 for a job that succeeded (its last step may be one without counts).
    public var fraction: Double {
        if state == .succeeded { return 1 }
        return total > 0 ? min(1, Double(completed) / Double(total)) : 0
    }
}
