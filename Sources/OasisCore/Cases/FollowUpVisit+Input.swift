import Foundation

extension FollowUpVisit {
    /// The visit a `follow_up` request describes, or a 400 `case_event_invalid` naming the field: `reached` is
    /// required (a request with only the former `contacted` is a reached visit); a reached visit needs `responded`
    /// (or `contacted`) and `resolved`, and takes a `satisfaction` or none (`no_rating`, or left out); an unreached
    /// call needs `unreachedReason` and takes none of the answers, which only a reached citizen can give.
    public init(_ input: CaseEventInput) throws(OasisError) {
        func invalid(_ message: String, _ field: String, _ reason: String) -> OasisError {
            OasisError.invalid(code: "case_event_invalid", message: message, details: [.init(field: field, reason: reason)])
        }
        let words = input.words.flatMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : $0 }
        guard let reached = input.reached ?? (input.contacted != nil ? true : nil) else {
            throw invalid("Say whether the citizen was reached.", "reached", "required")
        }
        guard reached else {
            guard let reason = input.unreachedReason else {
                throw invalid(
                    "Say why the citizen was not reached.", "unreachedReason",
                    "one of " + UnreachedReason.allCases.map(\.rawValue).joined(separator: ", "))
            }
            for (field, given) in [("responded", input.responded ?? input.contacted), ("resolved", input.resolved)] where given != nil {
                throw invalid("A citizen who was not reached gave no answers.", field, "only for a reached citizen")
            }
            if input.rated { throw invalid("A citizen who was not reached gave no rating.", "satisfaction", "only for a reached citizen") }
            self = .unreached(reason, words: words)
            return
        }
        if input.unreachedReason != nil {
            throw invalid("The citizen was reached.", "unreachedReason", "only for a citizen not reached")
        }
        guard let responded = input.responded ?? input.contacted else {
            throw invalid("Say whether the handling unit contacted the citizen.", "responded", "required")
        }
        guard let resolved = input.resolved else {
            throw invalid("Say whether the problem is resolved.", "resolved", "required")
        }
        self = .reached(responded: responded, resolved: resolved, satisfaction: input.satisfaction, words: words)
    }
}
