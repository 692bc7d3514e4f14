/// One entry of the case taxonomy: a hotline request type, or a class or subclass of city components or
/// events. Codes are stable identifiers (they become Open311 `service_code`s); names are in both languages.
public struct CaseCategory: Codable, Sendable, Equatable, Identifiable {
    public var code: String
    /// The enclosing class (nil for top-level entries).
    public var parent: String?
    public var kind: CaseCategoryKind
    public var nameZh: String
    public var nameEn: String
    public var descriptionZh: String?
    public var descriptionEn: String?
    /// Synonyms that help people and search find the category.
    public var keywords: [String]
    /// Deadline rules; a category without its own uses its parent's.
    public var deadlines: CategoryDeadlines?

    public var id: String { code }

    public init(
        code: String, parent: String? = nil, kind: CaseCategoryKind, nameZh: String, nameEn: String,
        descriptionZh: String? = nil, descriptionEn: String? = nil, keywords: [String] = [], deadlines: CategoryDeadlines? = nil
    ) {
        self.code = code
        self.parent = parent
        self.kind = kind
        self.nameZh = nameZh
        self.nameEn = nameEn
        self.descriptionZh = descriptionZh
        self.descriptionEn = descriptionEn
        self.keywords = keywords
        self.deadlines = deadlines
    }

    enum CodingKeys: String, CodingKey {
        case code, parent, kind, nameZh, nameEn, descriptionZh, descriptionEn, keywords, deadlines
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        code = try container.decode(String.self, forKey: .code)
        parent = try container.decodeIfPresent(String.self, forKey: .parent)
        kind = try container.decode(CaseCategoryKind.self, forKey: .kind)
        nameZh = try container.decode(String.self, forKey: .nameZh)
        nameEn = try container.decode(String.self, forKey: .nameEn)
        descriptionZh = try container.decodeIfPresent(String.self, forKey: .descriptionZh)
        descriptionEn = try container.decodeIfPresent(String.self, forKey: .descriptionEn)
        keywords = try container.decodeIfPresent([String].self, forKey: .keywords) ?? []
        deadlines = try container.decodeIfPresent(CategoryDeadlines.self, forKey: .deadlines)
    }

    /// The name in a language.
    public func name(_ language: Language) -> String { language == .zhHans ? nameZh : nameEn }

    /// The description in a language, falling back to the other language and then to the name.
    public func description(_ language: Language) -> String {
        (language == .zhHans ? descriptionZh ?? descriptionEn : descriptionEn ?? descriptionZh) ?? name(language)
    }
}
