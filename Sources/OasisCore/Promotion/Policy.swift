import Foundation

/// A policy document as data: its sections and numbered measures, each measure linked to the indicators
/// that show its progress. The Xinjiang 2025 opinions ship built in; users load national, prefecture and
/// county policies in the same JSON shape.
public struct Policy: Codable, Sendable, Equatable, Identifiable, TitledInLanguages {
    public var id: String
    /// `national`, `province`, `prefecture` or `county`.
    public var level: String
    public var region: String?
    public var issuedOn: String
    /// The issuing body in each language that has one.
    public var issuers: LocalizedText
    /// The policy's title in each language that has one.
    public var titles: LocalizedText
    public var sections: [Section]
    public var measures: [Measure]

    enum CodingKeys: String, CodingKey {
        case id, level, region, issuedOn, issuerZh, issuerEn, issuers, titleZh, titleEn, titles, sections, measures
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        level = try c.decode(String.self, forKey: .level)
        region = try c.decodeIfPresent(String.self, forKey: .region)
        issuedOn = try c.decode(String.self, forKey: .issuedOn)
        issuers = try c.decodeLocalizedText(map: .issuers, zhHans: .issuerZh, en: .issuerEn, enRequired: true)
        titles = try c.decodeLocalizedText(map: .titles, zhHans: .titleZh, en: .titleEn, enRequired: true)
        sections = try c.decode([Section].self, forKey: .sections)
        measures = try c.decode([Measure].self, forKey: .measures)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(level, forKey: .level)
        try c.encodeIfPresent(region, forKey: .region)
        try c.encode(issuedOn, forKey: .issuedOn)
        try c.encodeLocalizedText(issuers, map: .issuers, zhHans: .issuerZh, en: .issuerEn)
        try c.encodeLocalizedText(titles, map: .titles, zhHans: .titleZh, en: .titleEn)
        try c.encode(sections, forKey: .sections)
        try c.encode(measures, forKey: .measures)
    }

    public var issuerZh: String { issuers[.zhHans] ?? "" }
    public var issuerEn: String { issuers[.en] ?? "" }

    public func measure(_ number: Int) -> Measure? { measures.first { $0.number == number } }

    /// The levels a policy may be issued at.
    public static let levels = ["national", "province", "prefecture", "county"]

    /// Every inconsistency at once: numbering, unknown sections, unknown indicators of the framework.
    public func problems(framework: IndicatorFramework) -> [OasisError.Detail] {
        var problems: [OasisError.Detail] = []
        if id.trimmingCharacters(in: .whitespaces).isEmpty { problems.append(.init(field: "id", reason: "required")) }
        if !Self.levels.contains(level) {
            problems.append(.init(field: "level", reason: "\"\(level)\" is not one of \(Self.levels.joined(separator: ", "))"))
        }
        if let region, (try? RegionCode(region)) == nil {
            problems.append(.init(field: "region", reason: "\(region) is not a statistical division code"))
        }
        if CalendarDay(issuedOn) == nil { problems.append(.init(field: "issuedOn", reason: "\"\(issuedOn)\" is not a day written YYYY-MM-DD")) }
        var check = DomainCheck()
        check.text(id, .code, "id")
        check.day(CalendarDay(issuedOn)?.date, "issuedOn")
        check.texts(issuers, .name, "", map: "issuers", zhHans: "issuerZh", en: "issuerEn")
        check.texts(titles, .name, "", map: "titles", zhHans: "titleZh", en: "titleEn")
        for (index, section) in sections.enumerated() {
            check.integer(section.number, .measureNumber, "sections[\(index)].number")
            check.texts(section.titles, .name, "sections[\(index)]", map: "titles", zhHans: "titleZh", en: "titleEn")
        }
        for (index, measure) in measures.enumerated() {
            check.integer(measure.number, .measureNumber, "measures[\(index)].number")
            check.texts(measure.titles, .name, "measures[\(index)]", map: "titles", zhHans: "titleZh", en: "titleEn")
            check.texts(measure.summaries, .description, "measures[\(index)]", map: "summaries", zhHans: "summaryZh", en: "summaryEn")
        }
        problems += check.details
        let sectionNumbers = Set(sections.map(\.number))
        let indicatorCodes = Set(framework.indicators.map(\.code))
        var seen = Set<Int>()
        for (index, measure) in measures.enumerated() {
            let field = "measures[\(index)] (\(measure.number))"
            if !seen.insert(measure.number).inserted {
                problems.append(.init(field: field, reason: "measure number \(measure.number) appears twice"))
            }
            if !sectionNumbers.contains(measure.section) { problems.append(.init(field: field, reason: "unknown section \(measure.section)")) }
            for code in measure.indicators where !indicatorCodes.contains(code) {
                problems.append(.init(field: field, reason: "unknown indicator \(code)"))
            }
            if measure.titleZh.isEmpty || measure.titleEn.isEmpty { problems.append(.init(field: field, reason: "needs a title in both languages")) }
        }
        return problems
    }

    /// Decodes and validates a policy against the active framework.
    public static func decode(json: [UInt8], framework: IndicatorFramework) throws(OasisError) -> Policy {
        let policy: Policy
        try StrictJSONSyntax.requireNoTrailingCommas(json)
        do {
            policy = try JSONDecoder().decode(Policy.self, from: Data(json))
        } catch {
            throw OasisError.invalid(
                code: "policy_invalid", message: "The policy file is not valid policy JSON.", details: [DecodingErrorDetail.detail(error)])
        }
        let problems = policy.problems(framework: framework)
        guard problems.isEmpty else {
            throw OasisError.invalid(code: "policy_inconsistent", message: "The policy has \(problems.count) inconsistencies.", details: problems)
        }
        return policy
    }
}

extension Policy {
    /// The id of the built-in policy, the default for projects and plans.
    public static let builtInID = "xj-urban-development-2025"

    /// The built-in seed policy (Xinjiang, 2025-10-31).
    public static let xinjiang2025: Policy = {
        do {
            return try decode(json: Array(XinjiangPolicy2025.json.utf8), framework: .builtIn)
        } catch {
            fatalError("The built-in policy is inconsistent: \(error)")
        }
    }()
}
