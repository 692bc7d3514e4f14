extension RenewalProject {
    /// Every number outside its domain and every text over its length, each under `prefix.field`.
    public func domainProblems(prefix: String) -> [OasisError.Detail] {
        var check = DomainCheck()
        check.text(code, .code, "\(prefix).code")
        check.texts(names, .name, prefix, map: "names", zhHans: "nameZh", en: "nameEn")
        check.text(unit, .name, "\(prefix).unit")
        check.text(policyID, .code, "\(prefix).policyID")
        check.point(location, "\(prefix).location")
        for (polygon, rings) in (area?.polygons ?? []).enumerated() {
            for (ring, points) in rings.enumerated() {
                for (index, point) in points.enumerated() { check.point(point, "\(prefix).area.polygons[\(polygon)][\(ring)][\(index)]") }
            }
        }
        for source in FundingSource.allCases { check.number(budget[source], .money, "\(prefix).budget.\(source.rawValue)") }
        for (name, amounts) in [("plannedInvestment", plannedInvestment), ("actualInvestment", actualInvestment)] {
            for year in amounts.keys.sorted() {
                check.integer(year, .year, "\(prefix).\(name).\(year)")
                check.number(amounts[year], .money, "\(prefix).\(name).\(year)")
            }
        }
        check.day(plannedStart, "\(prefix).plannedStart")
        check.day(plannedEnd, "\(prefix).plannedEnd")
        check.day(actualEnd, "\(prefix).actualEnd")
        check.day(progressOn, "\(prefix).progressOn")
        for (index, milestone) in milestones.enumerated() {
            check.text(milestone.name, .name, "\(prefix).milestones[\(index)].name")
            check.day(milestone.due, "\(prefix).milestones[\(index)].due")
            check.day(milestone.done, "\(prefix).milestones[\(index)].done")
        }
        for (index, risk) in risks.enumerated() {
            check.text(risk.description, .description, "\(prefix).risks[\(index)].description")
            check.text(risk.mitigation, .description, "\(prefix).risks[\(index)].mitigation")
        }
        check.number(maximumHeightMeters, .buildingHeight, "\(prefix).maximumHeightMeters")
        for measure in measures { check.integer(measure, .measureNumber, "\(prefix).measures") }
        for problem in citedProblems { check.integer(problem, .recordID, "\(prefix).citedProblems") }
        check.integer(taskID, .recordID, "\(prefix).taskID")
        check.number(progress, .percentage, "\(prefix).progress")
        return check.details
    }
}
