extension ImplementationScheme {
    /// Required fields, text lengths, the days' years, and the measure: it must be one of the plan's policy's
    /// measures (`policy` nil: the plan's policy is unknown, so no measure can be right).
    public func problems(policy: Policy?) -> [OasisError.Detail] {
        var problems: [OasisError.Detail] = []
        if titleZh.isEmpty { problems.append(.init(field: "titleZh", reason: "required")) }
        if let policy {
            if policy.measure(measure) == nil { problems.append(.init(field: "measure", reason: "policy \(policy.id) has no measure \(measure)")) }
        } else {
            problems.append(.init(field: "measure", reason: "the plan's policy is unknown, so measure \(measure) cannot be checked"))
        }
        var check = DomainCheck()
        check.integer(measure, .measureNumber, "measure")
        check.texts(titles, .name, "", map: "titles", zhHans: "titleZh", en: "titleEn")
        for (index, task) in tasks.enumerated() { problems += task.problems(path: "tasks[\(index)]") }
        return problems + check.details
    }
}
