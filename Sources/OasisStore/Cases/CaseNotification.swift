import Foundation

/// What the outbox tells a citizen when their case changes status.
public struct CaseNotification: Codable, Sendable, Equatable {
    public var caseID: Int64
    public var status: String
    public var open311Status: String
    public var token: String?
    public var at: Date
    /// The language of `message`: the one the citizen wrote in (zh-Hans when it is not known).
    public var language: String
    /// The new status in words, in `language`, as the citizen is told it.
    public var message: String
}
