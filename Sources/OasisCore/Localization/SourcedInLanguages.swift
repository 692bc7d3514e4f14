/// A record that names its source (a standard, a policy, a practice) as a map of languages, read also through the
/// flat, optional Chinese and English sources that older code, files and API clients use.
public protocol SourcedInLanguages {
    var sources: LocalizedText { get set }
}

extension SourcedInLanguages {
    /// The Chinese source; nil when there is none.
    public var sourceZh: String? {
        get { sources[.zhHans] }
        set { sources[.zhHans] = newValue }
    }

    /// The English source; nil when there is none.
    public var sourceEn: String? {
        get { sources[.en] }
        set { sources[.en] = newValue }
    }

    /// The source in a language, falling back to zh-Hans and then English; nil when there is none at all.
    public func source(in language: Language) -> String? {
        let text = sources.text(in: language)
        return text.isEmpty ? nil : text
    }
}
