import Foundation

/// A versioned indicator framework: levels, groups, goals, indicators and targets. Shipped as data
/// (`MOHURDBasicFramework`), exported and re-imported as JSON by users.
public struct IndicatorFramework: Codable, Sendable, Equatable, NamedInLanguages {
    public var id: String
    /// The year the framework applies from.
    public var version: Int
    /// The framework's name in each language that has one; zh-Hans and English are required.
    public var names: LocalizedText
    public var source: String?
    public var levels: [FrameworkCategory]
    public var goals: [FrameworkCategory]
    public var groups: [FrameworkCategory]
    public var indicators: [IndicatorDefinition]
    public var targets: [IndicatorTarget]

    public init(
        id: String, version: Int, nameZh: String, nameEn: String, source: String? = nil, levels: [FrameworkCategory],
        goals: [FrameworkCategory], groups: [FrameworkCategory], indicators: [IndicatorDefinition], targets: [IndicatorTarget] = []
    ) {
        self.id = id
        self.version = version
        self.names = LocalizedText(zhHans: nameZh, en: nameEn)
        self.source = source
        self.levels = levels
        self.goals = goals
        self.groups = groups
        self.indicators = indicators
        self.targets = targets
    }

    enum CodingKeys: String, CodingKey { case id, version, nameZh, nameEn, names, source, levels, goals, groups, indicators, targets }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        version = try container.decode(Int.self, forKey: .version)
        names = try container.decodeLocalizedText(map: .names, zhHans: .nameZh, en: .nameEn, enRequired: true)
        source = try container.decodeIfPresent(String.self, forKey: .source)
        levels = try container.decodeIfPresent([FrameworkCategory].self, forKey: .levels) ?? []
        goals = try container.decode([FrameworkCategory].self, forKey: .goals)
        groups = try container.decode([FrameworkCategory].self, forKey: .groups)
        indicators = try container.decode([IndicatorDefinition].self, forKey: .indicators)
        targets = try container.decodeIfPresent([IndicatorTarget].self, forKey: .targets) ?? []
    }

    public func indicator(_ code: String) -> IndicatorDefinition? { indicators.first { $0.code == code } }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(version, forKey: .version)
        try container.encodeLocalizedText(names, map: .names, zhHans: .nameZh, en: .nameEn)
        try container.encodeIfPresent(source, forKey: .source)
        try container.encode(levels, forKey: .levels)
        try container.encode(goals, forKey: .goals)
        try container.encode(groups, forKey: .groups)
        try container.encode(indicators, forKey: .indicators)
        try container.encode(targets, forKey: .targets)
    }

    /// Every inconsistency at once: duplicate codes, unknown references, impossible thresholds.
    public func problems() -> [OasisError.Detail] {
        var problems: [OasisError.Detail] = domainProblems()
        func duplicates(_ codes: [String], _ what: String) {
            var seen = Set<String>()
            for code in codes where !seen.insert(code).inserted {
                problems.append(.init(field: what, reason: "code \(code) appears more than once"))
            }
        }
        duplicates(indicators.map(\.code), "indicators")
        duplicates(groups.map(\.code), "groups")
        duplicates(goals.map(\.code), "goals")
        let groupCodes = Set(groups.map(\.code))
        let goalCodes = Set(goals.map(\.code))
        let levelCodes = Set(levels.map(\.code))
        for (index, indicator) in indicators.enumerated() {
            let field = "indicators[\(index)] (\(indicator.code))"
            if !groupCodes.contains(indicator.group) { problems.append(.init(field: field, reason: "unknown group \(indicator.group)")) }
            if !goalCodes.contains(indicator.goal) { problems.append(.init(field: field, reason: "unknown goal \(indicator.goal)")) }
            if !levelCodes.isEmpty, !levelCodes.contains(indicator.level) {
                problems.append(.init(field: field, reason: "unknown level \(indicator.level)"))
            }
            if let threshold = indicator.threshold {
                if indicator.direction == .band {
                    if let lower = threshold.lower, let upper = threshold.upper, lower <= upper {
                    } else {
                        problems.append(.init(field: field, reason: "a band threshold needs lower ≤ upper"))
                    }
                } else if threshold.value == nil {
                    problems.append(.init(field: field, reason: "a \(indicator.direction.rawValue) threshold needs a value"))
                }
            }
        }
        let indicatorCodes = Set(indicators.map(\.code))
        for (index, target) in targets.enumerated() {
            if !indicatorCodes.contains(target.indicator) {
                problems.append(.init(field: "targets[\(index)] (\(target.id))", reason: "unknown indicator \(target.indicator)"))
            }
            if target.targetYear <= target.baseYear {
                problems.append(.init(field: "targets[\(index)] (\(target.id))", reason: "the target year must follow the base year"))
            }
        }
        return problems
    }

    /// Decodes and validates a framework from JSON.
    public static func decode(json: [UInt8]) throws(OasisError) -> IndicatorFramework {
        let framework: IndicatorFramework
        try StrictJSONSyntax.requireNoTrailingCommas(json)
        do {
            framework = try JSONDecoder().decode(IndicatorFramework.self, from: Data(json))
        } catch let error as DecodingError {
            throw OasisError.invalid(
                code: "framework_invalid", message: "The framework file is not valid framework JSON.",
                details: [DecodingErrorDetail.detail(error)])
        } catch {
            throw OasisError.invalid(code: "framework_invalid", message: "The framework file could not be read: \(error)")
        }
        let problems = framework.problems()
        guard problems.isEmpty else {
            throw OasisError.invalid(
                code: "framework_inconsistent", message: "The framework has \(problems.count) inconsistencies.", details: problems)
        }
        return framework
    }

    /// JSON with sorted keys, for export.
    public func encodedJSON() -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return Array((try? encoder.encode(self)) ?? Data())
    }

    /// The built-in framework (MOHURD basic system with the Xinjiang policy's goals and targets).
    public static let builtIn: IndicatorFramework = {
        do {
            return try decode(json: Array(MOHURDBasicFramework.json.utf8))
        } catch {
            fatalError("The built-in framework is inconsistent: \(error)")
        }
    }()
}
