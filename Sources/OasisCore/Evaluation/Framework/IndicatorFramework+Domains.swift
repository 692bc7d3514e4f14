extension IndicatorFramework {
    /// Every weight, threshold, target and year outside its domain and every text over its length.
    func domainProblems() -> [OasisError.Detail] {
        var check = DomainCheck()
        check.text(id, .code, "id")
        check.integer(version, .year, "version")
        check.texts(names, .name, "", map: "names", zhHans: "nameZh", en: "nameEn")
        check.text(source, .description, "source")
        for (name, categories) in [("levels", levels), ("goals", goals), ("groups", groups)] {
            for (index, category) in categories.enumerated() {
                let field = "\(name)[\(index)] (\(category.code.prefix(64)))"
                check.text(category.code, .code, "\(field).code")
                check.texts(category.names, .name, field, map: "names", zhHans: "nameZh", en: "nameEn")
                check.number(category.weight, .weight, "\(field).weight")
            }
        }
        for (index, indicator) in indicators.enumerated() {
            let field = "indicators[\(index)] (\(indicator.code.prefix(64)))"
            check.text(indicator.code, .code, "\(field).code")
            check.texts(indicator.names, .name, field, map: "names", zhHans: "nameZh", en: "nameEn")
            check.text(indicator.unit, .name, "\(field).unit")
            check.number(indicator.weight, .weight, "\(field).weight")
            let valueDomain: NumericDomain = indicator.isPercentage ? .percentage : .indicatorValue
            check.number(indicator.threshold?.value, valueDomain, "\(field).threshold.value")
            check.number(indicator.threshold?.lower, valueDomain, "\(field).threshold.lower")
            check.number(indicator.threshold?.upper, valueDomain, "\(field).threshold.upper")
            if let threshold = indicator.threshold {
                check.texts(threshold.sources, .description, "\(field).threshold", map: "sources", zhHans: "sourceZh", en: "sourceEn")
            }
        }
        for (index, target) in targets.enumerated() {
            let field = "targets[\(index)] (\(target.id.prefix(64)))"
            check.text(target.id, .code, "\(field).id")
            check.integer(target.baseYear, .year, "\(field).baseYear")
            check.integer(target.targetYear, .year, "\(field).targetYear")
            check.number(target.value, .indicatorValue, "\(field).value")
            check.texts(target.sources, .description, field, map: "sources", zhHans: "sourceZh", en: "sourceEn")
        }
        return check.details
    }
}
