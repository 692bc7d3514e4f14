extension Policy {
    /// A numbered section of a policy document.
    public struct Section: Codable, Sendable, Equatable, TitledInLanguages {
        public var number: Int
        /// The section's title in each language that has one.
        public var titles: LocalizedText

        public init(number: Int, titles: LocalizedText) {
            self.number = number
            self.titles = titles
        }

        enum CodingKeys: String, CodingKey { case number, titleZh, titleEn, titles }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            number = try c.decode(Int.self, forKey: .number)
            titles = try c.decodeLocalizedText(map: .titles, zhHans: .titleZh, en: .titleEn, enRequired: true)
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(number, forKey: .number)
            try c.encodeLocalizedText(titles, map: .titles, zhHans: .titleZh, en: .titleEn)
        }

    }
}
