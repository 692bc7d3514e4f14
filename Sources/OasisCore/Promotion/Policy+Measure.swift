extension Policy {
    /// A numbered measure of a policy, linked to the indicators that show its progress.
    public struct Measure: Codable, Sendable, Equatable, TitledInLanguages {
        public var number: Int
        public var section: Int
        /// The measure's title in each language that has one; zh-Hans and English are required.
        public var titles: LocalizedText
        /// The measure's summary in each language that has one.
        public var summaries: LocalizedText
        public var indicators: [String]

        public init(number: Int, section: Int, titles: LocalizedText, summaries: LocalizedText = LocalizedText(), indicators: [String] = []) {
            self.number = number
            self.section = section
            self.titles = titles
            self.summaries = summaries
            self.indicators = indicators
        }

        enum CodingKeys: String, CodingKey { case number, section, titleZh, titleEn, titles, summaryZh, summaryEn, summaries, indicators }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            number = try c.decode(Int.self, forKey: .number)
            section = try c.decode(Int.self, forKey: .section)
            titles = try c.decodeLocalizedText(map: .titles, zhHans: .titleZh, en: .titleEn, enRequired: true)
            summaries = try c.decodeLocalizedText(map: .summaries, zhHans: .summaryZh, en: .summaryEn, enRequired: true)
            indicators = try c.decode([String].self, forKey: .indicators)
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(number, forKey: .number)
            try c.encode(section, forKey: .section)
            try c.encodeLocalizedText(titles, map: .titles, zhHans: .titleZh, en: .titleEn)
            try c.encodeLocalizedText(summaries, map: .summaries, zhHans: .summaryZh, en: .summaryEn)
            try c.encode(indicators, forKey: .indicators)
        }

        public var summaryZh: String { summaries[.zhHans] ?? "" }
        public var summaryEn: String { summaries[.en] ?? "" }

    }
}
