import Foundation

/// What the outbox tells a citizen when their case changes status.
public struct CaseNotification: Codable, Sendable, Equatable {
    public var caseID: Int64
    public var status: String
    public var open311Status: String
    public var token: String?
    public var at: Date
}
