/// Where a background analysis stands. `queued` and `running` are active: a region has at most one active job.
public enum AnalysisJobState: String, Sendable, Codable, CaseIterable {
    case queued
    case running
    case succeeded
    case failed
    case cancelled

    public var isActive: Bool { self == .queued || self == .running }
}
