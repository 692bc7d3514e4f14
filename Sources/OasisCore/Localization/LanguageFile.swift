import Foundation

/// One language's messages as its file holds them: `Localization/Languages/<tag>.json`, compiled into the binary.
///
/// ```json
/// { "language": "ug", "notes": ["…"], "messages": { "app_name": "ئوئازىس", … } }
/// ```
/// `notes` says which translations are uncertain and why; it is for translators and reviewers, never shown.
public struct LanguageFile: Sendable, Decodable {
    public let language: String
    public let notes: [String]?
    public let messages: [String: String]

    /// Reads and checks one file: valid JSON of the shape above, written for `expected`, every key in
    /// `snake_case` (an enum's camel-case raw value may end it: `direction_lowerIsBetter`) and every message non-empty. The error names the file and the key.
    public static func parse(_ bytes: [UInt8], as expected: Language) throws(LanguageFileError) -> [MessageKey: String] {
        let file: LanguageFile
        do {
            file = try JSONDecoder().decode(LanguageFile.self, from: Data(bytes))
        } catch {
            throw LanguageFileError(language: expected, key: nil, problem: "not a language file: \(error)")
        }
        guard file.language == expected.rawValue else {
            throw LanguageFileError(language: expected, key: nil, problem: "its \"language\" is \"\(file.language)\"")
        }
        var messages: [MessageKey: String] = [:]
        for (key, text) in file.messages {
            guard Self.isKey(key) else {
                throw LanguageFileError(language: expected, key: key, problem: "a key is made of a-z, A-Z, 0-9 and _ and starts with a-z")
            }
            guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw LanguageFileError(language: expected, key: key, problem: "the message is empty")
            }
            messages[MessageKey(key)] = text
        }
        return messages
    }

    static func isKey(_ key: String) -> Bool {
        guard let first = key.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return key.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }
}
