import HTTPTypes
import OasisCore

extension HotlineRoutes {
    /// A refusal of the hotline's forms that names no field: its kind, the catalogue key said above the form, and the
    /// page's status.
    struct FormRefusal {
        var kind: OasisError.Kind
        var key: MessageKey
        var status: HTTPResponse.Status
    }

    /// A hotline form's state (`FormState`) with what was typed and, after `error`, each of its details beside the input
    /// `fields` maps it to (else `fallback`) in the words of the catalogue key `prefix + input`; an error of the kind
    /// `other` names is said above the form instead.
    static func formState(
        _ values: [String: String], after error: OasisError?, fields: [String: String], fallback: String, prefix: String, other: FormRefusal
    ) -> FormState {
        var state = FormState(values: values)
        guard let error else { return state }
        if error.kind == other.kind {
            state.reject(nil, other.key)
            state.status = other.status
            return state
        }
        state.reject(nil, "hotline_form_problems")
        for detail in error.details {
            let field = fields[detail.field ?? ""] ?? fallback
            state.reject(field, MessageKey(prefix + field))
        }
        return state
    }
}
