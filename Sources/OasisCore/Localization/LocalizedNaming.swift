/// A record whose name is a map of languages, read also through the flat Chinese and English names that older
/// code, files and API clients use.
public protocol NamedInLanguages {
    var names: LocalizedText { get set }
}

extension NamedInLanguages {
    /// The Chinese name.
    public var nameZh: String {
        get { names[.zhHans] ?? "" }
        set { names[.zhHans] = newValue }
    }

    /// The English name.
    public var nameEn: String {
        get { names[.en] ?? "" }
        set { names[.en] = newValue }
    }

    /// The name in a language, falling back to zh-Hans and then English.
    public func name(in language: Language) -> String { names.text(in: language) }

    /// The language the name is shown in on a page of `language` (a fallback's when it has no name in it).
    public func nameLanguage(in language: Language) -> Language { names.language(shownIn: language) }
}

/// A record whose title is a map of languages, read also through the flat Chinese and English titles.
public protocol TitledInLanguages {
    var titles: LocalizedText { get set }
}

extension TitledInLanguages {
    /// The Chinese title.
    public var titleZh: String {
        get { titles[.zhHans] ?? "" }
        set { titles[.zhHans] = newValue }
    }

    /// The English title.
    public var titleEn: String {
        get { titles[.en] ?? "" }
        set { titles[.en] = newValue }
    }

    /// The title in a language, falling back to zh-Hans and then English.
    public func title(in language: Language) -> String { titles.text(in: language) }
}
