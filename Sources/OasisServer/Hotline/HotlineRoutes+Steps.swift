import OasisCore

extension HotlineRoutes {
    /// The text fields of a step that the page's one text box fills: its required text fields, and the optional
    /// reason of supervising.
    static func textFields(_ step: CaseStep) -> Set<String> {
        let text: Set<String> = ["unit", "units", "reason", "summary"]
        return text.intersection(step.requiredFields + (step == .supervise ? ["reason"] : []))
    }

    /// The label of the page's text box for a step, or nil when the step takes no text.
    static func textField(_ step: CaseStep) -> String? {
        let fields = textFields(step)
        if fields.contains("unit") || fields.contains("units") { return "hotline_unit" }
        if fields.contains("summary") { return "hotline_summary" }
        if fields.contains("reason") { return "hotline_reason" }
        return nil
    }
}
