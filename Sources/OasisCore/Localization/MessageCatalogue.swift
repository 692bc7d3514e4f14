import Foundation

/// Every user-facing string of Oasis, one table per language, read from the language files
/// (`Localization/Languages/<tag>.json`) compiled into the binary. `{0}`, `{1}` … are placeholders.
///
/// A message missing in one language falls back along ``Language/fallbacks`` (zh-Hans, then English) so that a
/// page never shows a hole; the catalogue tests fail on any such gap, naming the language and the key.
public struct MessageCatalogue: Sendable {
    /// The messages of each language, by key.
    public let messages: [Language: [MessageKey: String]]

    public init(messages: [Language: [MessageKey: String]]) { self.messages = messages }

    /// The built-in catalogue. A malformed language file is a build defect: it stops the program at its first
    /// message (and every test) with the file and key named, rather than serving pages with holes.
    public static let standard: MessageCatalogue = {
        do {
            return try MessageCatalogue.embedded()
        } catch {
            fatalError("\(error)")
        }
    }()

    /// Reads the language files compiled into the binary.
    public static func embedded() throws(LanguageFileError) -> MessageCatalogue {
        try load(Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, $0.embeddedFile) }))
    }

    /// Reads one file per language; the first malformed file is refused with its language and key named.
    public static func load(_ files: [Language: [UInt8]]) throws(LanguageFileError) -> MessageCatalogue {
        var messages: [Language: [MessageKey: String]] = [:]
        for language in Language.allCases {
            guard let bytes = files[language] else {
                throw LanguageFileError(language: language, key: nil, problem: "the file is missing")
            }
            messages[language] = try LanguageFile.parse(bytes, as: language)
        }
        return MessageCatalogue(messages: messages)
    }

    /// Every key that any language has.
    public var keys: Set<MessageKey> { Set(messages.values.flatMap(\.keys)) }

    /// Whether any language has the key (domain values without a message show their own code instead).
    public func contains(_ key: MessageKey) -> Bool { messages.values.contains { $0[key] != nil } }

    /// The message in a language, with placeholders filled; an unknown key shows itself in brackets
    /// so that a missing message is visible on the page and caught by tests.
    public func text(_ key: MessageKey, _ language: Language, _ arguments: String...) -> String {
        text(key, language, arguments: arguments)
    }

    /// The message with placeholders filled from an array (for callers that forward their own arguments).
    public func text(_ key: MessageKey, _ language: Language, arguments: [String]) -> String {
        guard var text = message(key, language) else { return "[\(key.rawValue)]" }
        for (index, argument) in arguments.enumerated() {
            text = text.replacingOccurrences(of: "{\(index)}", with: argument)
        }
        return text
    }

    /// The raw message (placeholders unfilled) in the language or its first fallback that has it.
    public func message(_ key: MessageKey, _ language: Language) -> String? {
        for candidate in language.fallbacks {
            if let text = messages[candidate]?[key] { return text }
        }
        return nil
    }

    /// All messages of one language keyed by their raw key, for templates; gaps are filled from the fallbacks.
    public func table(for language: Language) -> [String: String] {
        var table: [String: String] = [:]
        for candidate in language.fallbacks.reversed() {
            for (key, text) in messages[candidate] ?? [:] { table[key.rawValue] = text }
        }
        return table
    }
}
