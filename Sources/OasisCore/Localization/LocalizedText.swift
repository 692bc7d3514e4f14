/// A name or short text in several languages, keyed by ``Language``: the shape every name of a region, case
/// category, measure or indicator takes, so that a new language is more data rather than another field.
///
/// A language without its own text falls back along ``Language/fallbacks`` (zh-Hans, then English). Encoded as a
/// JSON object keyed by language tag: `{"zh-Hans": "天山区", "en": "Tianshan District", "ug": "تەڭرىتاغ رايونى"}`.
public struct LocalizedText: Sendable, Hashable, Codable {
    /// The texts that exist, by language; empty texts are never stored.
    public private(set) var texts: [Language: String]

    public init(_ texts: [Language: String] = [:]) {
        self.texts = texts.filter { !$0.value.isEmpty }
    }

    /// A text written in zh-Hans and English only (the shape of names that have no other language yet).
    public init(zhHans: String, en: String) { self.init([.zhHans: zhHans, .en: en]) }

    /// The text written for this language, without fallback.
    public subscript(language: Language) -> String? {
        get { texts[language] }
        set { texts[language] = newValue.flatMap { $0.isEmpty ? nil : $0 } }
    }

    /// The text in a language or its first fallback that has one; empty when there is none at all.
    public func text(in language: Language) -> String {
        for candidate in language.fallbacks {
            if let text = texts[candidate] { return text }
        }
        return texts.values.sorted().first ?? ""
    }

    /// The language ``text(in:)`` answers in for a page of `language`: its own, or the first fallback that has a text.
    public func language(shownIn language: Language) -> Language {
        language.fallbacks.first { texts[$0] != nil } ?? language
    }

    public init(from decoder: any Decoder) throws {
        let raw = try decoder.singleValueContainer().decode([String: String].self)
        var texts: [Language: String] = [:]
        for (tag, text) in raw {
            guard let language = Language(rawValue: tag) else {
                throw DecodingError.dataCorrupted(
                    .init(
                        codingPath: decoder.codingPath, debugDescription: "unknown language \"\(tag)\" (known: \(Language.allCases.map(\.rawValue)))")
                )
            }
            texts[language] = text
        }
        self.init(texts)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(Dictionary(uniqueKeysWithValues: texts.map { ($0.key.rawValue, $0.value) }))
    }
}
