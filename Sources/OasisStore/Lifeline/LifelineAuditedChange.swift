import Foundation
import OasisCore

/// A rule's change of an alert as the audit log records it.
struct LifelineAuditedChange: Encodable {
    var rule: Int
    var kind: String
    var level: Int?
    var time: Date
    var value: Double?

    init(_ change: LifelineRuleChange) {
        rule = change.rule
        kind = change.ruleKind.rawValue
        level = change.change.levelAfter?.rawValue
        time = change.change.time
        value = change.change.value
    }
}
