/// The languages Oasis speaks. zh-Hans is the default everywhere.
public enum Language: String, Codable, Sendable, CaseIterable {
    case zhHans = "zh-Hans"
    case en = "en"

    public static let `default` = Language.zhHans

    /// Parses a language tag loosely: `zh`, `zh-CN`, `zh-Hans`, `en`, `en-GB` …
    public init?(tag: String) {
        let lower = tag.lowercased().trimmingASCIIWhitespace()
        if lower.hasPrefix("zh") {
            self = .zhHans
        } else if lower.hasPrefix("en") {
            self = .en
        } else {
            return nil
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
