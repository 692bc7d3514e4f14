import Foundation

/// Every user-facing string of Oasis in zh-Hans and English, from one table.
///
/// A message is a pair, so a key cannot exist in one language only; `{0}`, `{1}` … are placeholders.
public struct MessageCatalogue: Sendable {
    public struct Entry: Sendable {
        public let zhHans: String
        public let en: String
    }

    public let entries: [MessageKey: Entry]

    public init(entries: [MessageKey: Entry]) { self.entries = entries }

    /// The built-in catalogue.
    public static let standard = MessageCatalogue(entries: MessageCatalogue.builtIn)

    /// The message in a language, with placeholders filled; an unknown key shows itself in brackets
    /// so that a missing message is visible on the page and caught by tests.
    public func text(_ key: MessageKey, _ language: Language, _ arguments: String...) -> String {
        text(key, language, arguments: arguments)
    }

    /// The message with placeholders filled from an array (for callers that forward their own arguments).
    public func text(_ key: MessageKey, _ language: Language, arguments: [String]) -> String {
        guard let entry = entries[key] else { return "[\(key.rawValue)]" }
        var text = language == .zhHans ? entry.zhHans : entry.en
        for (index, argument) in arguments.enumerated() {
            text = text.replacingOccurrences(of: "{\(index)}", with: argument)
        }
        return text
    }

    /// All messages of one language keyed by their raw key, for templates.
    public func table(for language: Language) -> [String: String] {
        var table: [String: String] = [:]
        for (key, entry) in entries {
            table[key.rawValue] = language == .zhHans ? entry.zhHans : entry.en
        }
        return table
    }
}
