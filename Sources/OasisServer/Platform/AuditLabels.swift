import Foundation
import OasisCore

/// The audit log's codes in words of the page's language: an action (`user.password_reset`) by its catalogue key
/// `audit_action_user_password_reset`; an action of a family whose second part is a state or step the catalogue names
/// elsewhere (`case.dispatch`, `problem.solved`, `task.done`) as the family's label with that name; a record type
/// (`api_token`) by `audit_entity_api_token`. A code the catalogue does not know is shown as "other action" with the
/// code beside it, marked as not to be translated.
struct AuditLabels {
    let catalogue: MessageCatalogue
    let language: Language

    /// Families of actions whose second part is named by another catalogue prefix.
    static let families: [String: String] = ["case": "hotline_event_", "problem": "problem_status_", "task": "task_status_"]

    /// The action's label, and whether it is a known one (an unknown one is shown with its code).
    func action(_ code: String) -> (label: String, known: Bool) {
        let key = MessageKey("audit_action_" + code.replacingOccurrences(of: ".", with: "_"))
        if catalogue.contains(key) { return (catalogue.text(key, language), true) }
        let parts = code.split(separator: ".", maxSplits: 1).map(String.init)
        if parts.count == 2, let prefix = Self.families[parts[0]], catalogue.contains(MessageKey(prefix + parts[1])) {
            return (catalogue.text(MessageKey("audit_family_" + parts[0]), language, catalogue.text(MessageKey(prefix + parts[1]), language)), true)
        }
        return (catalogue.text("audit_action_unknown", language), false)
    }

    /// The record type's label (the type's code when the catalogue does not name it).
    func entity(_ type: String) -> String {
        let key = MessageKey("audit_entity_" + type)
        return catalogue.contains(key) ? catalogue.text(key, language) : type
    }
}
