import OasisCore

/// A policy as `oasis policy list` and `oasis policy load` print it: who issued it when, and how many
/// sections and measures it has. In JSON its title keeps the flat `titleZh` and `titleEn` beside `titles`.
struct PolicySummary: Encodable, TitledInLanguages {
    var id: String
    var level: String
    var region: String?
    var issuedOn: String
    var titles: LocalizedText
    var sections: Int
    var measures: Int

    init(_ policy: Policy) {
        id = policy.id
        level = policy.level
        region = policy.region
        issuedOn = policy.issuedOn
        titles = policy.titles
        sections = policy.sections.count
        measures = policy.measures.count
    }

    enum CodingKeys: String, CodingKey { case id, level, region, issuedOn, titleZh, titleEn, titles, sections, measures }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(level, forKey: .level)
        try c.encodeIfPresent(region, forKey: .region)
        try c.encode(issuedOn, forKey: .issuedOn)
        try c.encodeLocalizedText(titles, map: .titles, zhHans: .titleZh, en: .titleEn)
        try c.encode(sections, forKey: .sections)
        try c.encode(measures, forKey: .measures)
    }
}
