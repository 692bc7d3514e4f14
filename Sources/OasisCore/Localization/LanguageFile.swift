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
    /// `snake_case` and every message non-empty. The error names the file and the key.
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
                throw LanguageFileError(language: expected, key: key, problem: "a key must be snake_case (a-z, 0-9, _)")
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
        return key.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }
}
