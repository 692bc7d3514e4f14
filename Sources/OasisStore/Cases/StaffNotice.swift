import Foundation

/// What the outbox tells a handling unit and its supervisor about a case's deadline (临期预警, 超期督办): the same
/// outbox and transport as the citizens' messages, told apart by `kind`, so that the city's message gateway can
/// route it to the unit's duty phone or work account.
public struct StaffNotice: Codable, Sendable, Equatable {
    /// What happened.
    public enum Kind: String, Codable, Sendable {
        /// The case reached its warning time (by default 80 % of the time to its deadline).
        case deadlineWarning = "deadline_warning"
        /// The case passed its deadline and was put under supervision.
        case overdue
    }

    public var kind: Kind
    public var caseID: Int64
    /// The handling unit.
    public var unit: String?
    /// The unit's supervisor in the register of units (a user name), when it has one.
    public var supervisor: String?
    public var deadline: Date
    public var at: Date
    /// The language of `message` (zh-Hans: the working language of the city's staff).
    public var language: String
    public var message: String

    public init(
        kind: Kind, caseID: Int64, unit: String?, supervisor: String?, deadline: Date, at: Date, language: String, message: String
    ) {
        self.kind = kind
        self.caseID = caseID
        self.unit = unit
        self.supervisor = supervisor
        self.deadline = deadline
        self.at = at
        self.language = language
        self.message = message
    }
}
