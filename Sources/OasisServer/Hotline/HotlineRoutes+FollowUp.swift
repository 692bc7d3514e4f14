import OasisCore

/// The follow-up call's form on a case's page: was the citizen reached (if not, why), did the unit contact them,
/// is the problem resolved, the rating (or none) and the citizen's words — the answers a 12345 centre's call asks for.
extension HotlineRoutes {
    /// The request the form's answers make; an answer left at "choose" is not given (the step then says what is missing).
    static func followUpInput(_ form: StepForm) throws(OasisError) -> CaseEventInput {
        func answer(_ text: String?, _ field: String) throws(OasisError) -> Bool? {
            switch text ?? "" {
            case "": return nil
            case "yes": return true
            case "no": return false
            default:
                throw OasisError.invalid(
                    code: "case_event_invalid", message: "Answer yes or no.", details: [.init(field: field, reason: "yes or no")])
            }
        }
        func given(_ text: String?) -> String? { text.flatMap { $0.isEmpty ? nil : $0 } }
        var reason: UnreachedReason?
        if let text = given(form.unreachedReason) {
            guard let value = UnreachedReason(rawValue: text) else {
                throw OasisError.invalid(
                    code: "case_event_invalid", message: "Unknown reason.", details: [.init(field: "unreachedReason", reason: "\"\(text)\"")])
            }
            reason = value
        }
        let rating = given(form.satisfaction)
        var satisfaction: Satisfaction?
        if let rating, rating != CaseEventInput.noRating {
            guard let value = Satisfaction(rawValue: rating) else {
                throw OasisError.invalid(
                    code: "case_event_invalid", message: "Unknown rating.", details: [.init(field: "satisfaction", reason: "\"\(rating)\"")])
            }
            satisfaction = value
        }
        var input = CaseEventInput(
            event: CaseStep.followUp.event, reached: try answer(form.reached, "reached"), unreachedReason: reason,
            responded: try answer(form.responded, "responded"), resolved: try answer(form.resolved, "resolved"), satisfaction: satisfaction,
            words: given(form.words))
        input.rated = rating != nil
        return input
    }

    /// The form's choices, with what a refused form had chosen selected again.
    func followUpChoices(_ chosen: StepForm?, _ context: OasisRequestContext) -> [String: Any] {
        func yesNo(_ value: String?) -> [[String: Any]] {
            [("yes", "hotline_yes"), ("no", "hotline_no")].map { ["value": $0.0, "label": t($0.1, context), "selected": value == $0.0] }
        }
        return [
            "followUpField": true, "words": chosen?.words ?? "",
            "reachedChoices": yesNo(chosen?.reached), "respondedChoices": yesNo(chosen?.responded), "resolvedChoices": yesNo(chosen?.resolved),
            "reasonChoices": UnreachedReason.allCases.map {
                ["value": $0.rawValue, "label": catalogue.text($0.messageKey, context.language), "selected": chosen?.unreachedReason == $0.rawValue]
            },
            "ratingChoices": Satisfaction.allCases.map {
                ["value": $0.rawValue, "label": catalogue.text($0.messageKey, context.language), "selected": chosen?.satisfaction == $0.rawValue]
            } + [
                [
                    "value": CaseEventInput.noRating, "label": t("case_satisfaction_no_rating", context),
                    "selected": chosen?.satisfaction == CaseEventInput.noRating,
                ]
            ],
        ]
    }

    /// The fields of the follow-up form.
    static let followUpFields: Set<String> = ["reached", "unreachedReason", "responded", "resolved", "satisfaction"]

    /// What is wrong with a refused follow-up, by the field the step named.
    static func followUpProblem(_ error: OasisError) -> MessageKey {
        let detail = error.details.first
        if detail?.field == "reached" { return "hotline_error_followup_reached" }
        if ["responded", "resolved"].contains(detail?.field ?? ""), detail?.reason == "required" { return "hotline_error_followup_answers" }
        return "hotline_error_followup_unreached"
    }
}
