import OasisCore
import OasisServices

/// What a submitted planner form got wrong, worded in the page's language: one message per field (shown beside
/// it) and messages that belong to no field of the form (shown above it).
struct FormErrors {
    var fields: [String: String] = [:]
    var general: [String] = []

    var isEmpty: Bool { fields.isEmpty && general.isEmpty }

    mutating func add(_ field: String, _ message: String) {
        if fields[field] == nil { fields[field] = message }
    }

    /// The page data: `<field>Error` for each field and `formErrors` for the rest.
    var data: [String: Any] {
        var data: [String: Any] = [:]
        for (field, message) in fields { data[field + "Error"] = message }
        data["formErrors"] = general.isEmpty ? false : general.map { ["message": $0] }
        data["hasErrors"] = !isEmpty
        return data
    }

    /// A domain error of a service call, mapped onto the form: each detail to the form field `fieldOf` names (or
    /// to the general messages), worded from the catalogue by the kind of reason; an error without details becomes
    /// one general message chosen by its code.
    /// `otherField`, when given, takes the messages that belong to no field.
    mutating func add(
        _ error: OasisError, fieldOf: (String) -> String?, otherField: String? = nil, language: Language, catalogue: MessageCatalogue
    ) {
        func place(_ field: String?, _ message: String) {
            if let field = field ?? otherField { add(field, message) } else { general.append(message) }
        }
        if error.details.isEmpty {
            place(nil, catalogue.text(MessageKey(Self.key(code: error.code)), language))
        }
        for detail in error.details {
            place(fieldOf(detail.field), catalogue.text(MessageKey(Self.key(reason: detail.reason)), language))
        }
    }

    static func key(code: String) -> String {
        switch code {
        case "invalid_transition": "form_invalid_transition"
        case "forbidden": "form_out_of_scope"
        case "project_code_taken", "project_code_duplicate": "form_code_taken"
        default: "form_not_saved"
        }
    }

    static func key(reason: String) -> String {
        if reason == "required" || reason.hasPrefix("required") { return "form_required" }
        if reason.contains("has no measure") { return "form_measure_unknown" }
        if reason.contains("the ledger has no problem") { return "form_problem_unknown" }
        if reason.contains("must cite") { return "form_cite_required" }
        if reason.contains("YYYY-MM-DD") || reason.contains("the day lies outside") { return "form_day_invalid" }
        if reason.contains("is before") { return "form_end_before_start" }
        if reason.contains("between 0 and 100") { return "form_percent_invalid" }
        return "form_value_invalid"
    }
}
