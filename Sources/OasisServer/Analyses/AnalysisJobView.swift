import Foundation
import OasisServices
import OasisStore

/// A background analysis as the API shows it: the job's row with the share of its step done, and its result.
struct AnalysisJobView: Codable, Sendable {
    struct Network: Codable, Sendable {
        var name: String
        var bytes: Int
        var sha256: String
    }

    var id: Int64
    var region: String
    var period: Int
    var analyses: [String]
    var state: String
    var step: String?
    var completed: Int
    var total: Int
    /// The share of the current step done, 0–100.
    var percent: Double
    var recorded: [String]
    var message: String?
    var network: Network
    var createdBy: String
    var createdAt: Date
    var startedAt: Date?
    var finishedAt: Date?
    var result: AnalysisJobResult?

    init(_ job: AnalysisJob) {
        id = job.id
        region = job.region
        period = job.period
        analyses = job.analyses
        state = job.state.rawValue
        step = job.step
        completed = job.completed
        total = job.total
        percent = (job.fraction * 1000).rounded() / 10
        recorded = job.recorded
        message = job.message
        network = Network(name: job.network.name, bytes: job.network.bytes, sha256: job.network.sha256)
        createdBy = job.createdBy
        createdAt = job.createdAt
        startedAt = job.startedAt
        finishedAt = job.finishedAt
        result = job.outcome
    }
}
