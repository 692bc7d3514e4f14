/// One entry of the case taxonomy: a hotline request type, or a class or subclass of city components or
/// events. Codes are stable identifiers (they become Open311 `service_code`s); names and descriptions are
/// maps of languages.
///
/// In the taxonomy's JSON the Chinese and English texts keep their flat fields (`nameZh`, `nameEn`,
/// `descriptionZh`, `descriptionEn`, required and optional as before) so that existing taxonomy files still load;
/// every other language comes in `names` and `descriptions`, objects keyed by language tag
/// (`"names": {"ug": "قۇدۇق قاپقىقى"}`).
public struct CaseCategory: Codable, Sendable, Equatable, Identifiable {
    public var code: String
    /// The enclosing class (nil for top-level entries).
    public var parent: String?
    public var kind: CaseCategoryKind
    /// The name in each language that has one; zh-Hans and English are required.
    public var names: LocalizedText
    /// The description in each language that has one.
    public var descriptions: LocalizedText
    /// Synonyms that help people and search find the category.
    public var keywords: [String]
    /// Deadline rules; a category without its own uses its parent's.
    public var deadlines: CategoryDeadlines?
    /// What the public sees of cases filed under this entry (`publicVisibility` in the JSON); nil inherits the
    /// parent's, and a top-level entry without one is public (request types: see `CaseTaxonomy.visibility`).
    public var publicVisibility: CaseVisibility?

    public var id: String { code }

    public init(
        code: String, parent: String? = nil, kind: CaseCategoryKind, names: LocalizedText, descriptions: LocalizedText = LocalizedText(),
        keywords: [String] = [], deadlines: CategoryDeadlines? = nil, publicVisibility: CaseVisibility? = nil
    ) {
        self.code = code
        self.parent = parent
        self.kind = kind
        self.names = names
        self.descriptions = descriptions
        self.keywords = keywords
        self.deadlines = deadlines
        self.publicVisibility = publicVisibility
    }

    public init(
        code: String, parent: String? = nil, kind: CaseCategoryKind, nameZh: String, nameEn: String,
        descriptionZh: String? = nil, descriptionEn: String? = nil, keywords: [String] = [], deadlines: CategoryDeadlines? = nil
    ) {
        self.init(
            code: code, parent: parent, kind: kind, names: LocalizedText(zhHans: nameZh, en: nameEn),
            descriptions: LocalizedText(zhHans: descriptionZh ?? "", en: descriptionEn ?? ""), keywords: keywords, deadlines: deadlines)
    }

    /// The Chinese name (a required field of the taxonomy file).
    public var nameZh: String { names[.zhHans] ?? "" }
    /// The English name (a required field of the taxonomy file).
    public var nameEn: String { names[.en] ?? "" }

    enum CodingKeys: String, CodingKey {
        case code, parent, kind, nameZh, nameEn, descriptionZh, descriptionEn, names, descriptions, keywords, deadlines, publicVisibility
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        code = try container.decode(String.self, forKey: .code)
        parent = try container.decodeIfPresent(String.self, forKey: .parent)
        kind = try container.decode(CaseCategoryKind.self, forKey: .kind)
        names = try container.decodeIfPresent(LocalizedText.self, forKey: .names) ?? LocalizedText()
        names[.zhHans] = try container.decode(String.self, forKey: .nameZh)
        names[.en] = try container.decode(String.self, forKey: .nameEn)
        descriptions = try container.decodeIfPresent(LocalizedText.self, forKey: .descriptions) ?? LocalizedText()
        descriptions[.zhHans] = try container.decodeIfPresent(String.self, forKey: .descriptionZh)
        descriptions[.en] = try container.decodeIfPresent(String.self, forKey: .descriptionEn)
        keywords = try container.decodeIfPresent([String].self, forKey: .keywords) ?? []
        deadlines = try container.decodeIfPresent(CategoryDeadlines.self, forKey: .deadlines)
        publicVisibility = try container.decodeIfPresent(CaseVisibility.self, forKey: .publicVisibility)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(code, forKey: .code)
        try container.encodeIfPresent(parent, forKey: .parent)
        try container.encode(kind, forKey: .kind)
        try container.encode(nameZh, forKey: .nameZh)
        try container.encode(nameEn, forKey: .nameEn)
        try container.encodeIfPresent(descriptions[.zhHans], forKey: .descriptionZh)
        try container.encodeIfPresent(descriptions[.en], forKey: .descriptionEn)
        let otherNames = LocalizedText(names.texts.filter { $0.key != .zhHans && $0.key != .en })
        if !otherNames.texts.isEmpty { try container.encode(otherNames, forKey: .names) }
        let otherDescriptions = LocalizedText(descriptions.texts.filter { $0.key != .zhHans && $0.key != .en })
        if !otherDescriptions.texts.isEmpty { try container.encode(otherDescriptions, forKey: .descriptions) }
        try container.encode(keywords, forKey: .keywords)
        try container.encodeIfPresent(deadlines, forKey: .deadlines)
        try container.encodeIfPresent(publicVisibility, forKey: .publicVisibility)
    }

    /// The name in a language, falling back to zh-Hans and then English.
    public func name(_ language: Language) -> String { names.text(in: language) }

    /// The description in a language, falling back to zh-Hans, English and then to the name.
    public func description(_ language: Language) -> String {
        let text = descriptions.text(in: language)
        return text.isEmpty ? name(language) : text
    }
}
