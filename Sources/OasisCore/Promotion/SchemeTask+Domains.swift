extension SchemeTask {
    /// Every inconsistency of the task at once, each naming its field under `path` (`tasks[0]` inside a scheme, empty
    /// for a task on its own).
    public func problems(path: String = "") -> [OasisError.Detail] {
        let field = { (name: String) in path.isEmpty ? name : "\(path).\(name)" }
        var problems: [OasisError.Detail] = []
        if titleZh.isEmpty { problems.append(.init(field: field("titleZh"), reason: "required")) }
        if leadUnit.isEmpty { problems.append(.init(field: field("leadUnit"), reason: "required: every task has a lead unit")) }
        if deliverable.isEmpty { problems.append(.init(field: field("deliverable"), reason: "required")) }
        var check = DomainCheck()
        check.texts(titles, .name, path, map: "titles", zhHans: "titleZh", en: "titleEn")
        check.text(leadUnit, .name, field("leadUnit"))
        for (unit, name) in coUnits.enumerated() { check.text(name, .name, field("coUnits[\(unit)]")) }
        check.text(deliverable, .description, field("deliverable"))
        check.day(deadline, field("deadline"))
        check.day(doneOn, field("doneOn"))
        return problems + check.details
    }
}
