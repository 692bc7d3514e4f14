/// The languages Oasis speaks. zh-Hans is the default everywhere.
///
/// Each language's messages are one file in `Localization/Languages/` named by the raw value (`ug.json`),
/// compiled into the binary (see ``LanguageFile``). Adding a language is that file plus one case here;
/// the compiler then asks for its text direction, its own name and its file's bytes.
public enum Language: String, Codable, Sendable, CaseIterable {
    case zhHans = "zh-Hans"
    case en = "en"
    /// Uyghur in the Arabic script (ئۇيغۇرچە), written right to left.
    case ug = "ug"

    public static let `default` = Language.zhHans

    /// The order in which a missing message is looked up: the language itself, then zh-Hans, then English.
    public var fallbacks: [Language] {
        var chain: [Language] = [self]
        for next in [Language.zhHans, .en] where !chain.contains(next) { chain.append(next) }
        return chain
    }

    /// The direction of the script, as HTML's `dir` attribute names it.
    public var dir: String {
        switch self {
        case .zhHans, .en: "ltr"
        case .ug: "rtl"
        }
    }

    /// The language's name in itself, as the language switcher shows it.
    public var nativeName: String {
        switch self {
        case .zhHans: "中文"
        case .en: "English"
        case .ug: "ئۇيغۇرچە"
        }
    }

    /// Parses a language tag loosely: `zh`, `zh-CN`, `zh-Hans`, `en`, `en-GB`, `ug`, `ug-CN`, `ug-Arab` …
    /// Uyghur in another script (`ug-Latn`, `ug-Cyrl`) is not offered, so it is not matched.
    public init?(tag: String) {
        let lower = tag.lowercased().trimmingASCIIWhitespace()
        let subtags = lower.split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
        switch subtags.first ?? "" {
        case "zh": self = .zhHans
        case "en": self = .en
        case "ug" where !subtags.contains("latn") && !subtags.contains("cyrl"): self = .ug
        default: return nil
        }
    }

    /// Picks the first supported language of an HTTP `Accept-Language` header.
    public static func negotiate(acceptLanguage: String?) -> Language? {
        guard let acceptLanguage else { return nil }
        for part in acceptLanguage.split(separator: ",") {
            let tag = part.split(separator: ";").first.map(String.init) ?? ""
            if let language = Language(tag: tag) { return language }
        }
        return nil
    }
}
