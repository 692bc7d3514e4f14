import HTTPTypes
import OasisCore

extension FormState {
    /// A domain error of a planner's form, detail by detail: each beside the input `fieldOf` names (else beside
    /// `otherField`, else above the form), worded from the catalogue by the kind of its reason (a missing value, an
    /// unknown measure, a bad day …), never in the service's English. An error without details is worded by its code.
    mutating func reject(_ error: OasisError, fieldOf: (String) -> String?, otherField: String? = nil) {
        if error.details.isEmpty { reject(otherField, MessageKey(Self.plannerKey(code: error.code))) }
        for detail in error.details {
            reject(detail.field.flatMap(fieldOf) ?? otherField, MessageKey(Self.plannerKey(reason: detail.reason)))
        }
        if error.kind == .conflict { status = .conflict }
    }

    static func plannerKey(code: String) -> String {
        switch code {
        case "invalid_transition": "form_invalid_transition"
        case "forbidden": "form_out_of_scope"
        case "project_code_taken", "project_code_duplicate": "form_code_taken"
        default: "form_not_saved"
        }
    }

    static func plannerKey(reason: String) -> String {
        if reason.hasPrefix("required") { return "form_required" }
        if reason.contains("has no measure") { return "form_measure_unknown" }
        if reason.contains("the ledger has no problem") { return "form_problem_unknown" }
        if reason.contains("must cite") { return "form_cite_required" }
        if reason.contains("YYYY-MM-DD") || reason.contains("the day lies outside") { return "form_day_invalid" }
        if reason.contains("is before") { return "form_end_before_start" }
        if reason.contains("between 0 and 100") { return "form_percent_invalid" }
        return "form_value_invalid"
    }
}
