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
    /// `snake_case` (an enum's camel-case raw value may end it: `direction_lowerIsBetter`), no key given twice (a JSON
    /// reader keeps one of the two silently) and every message non-empty. The error names the file and the key.
    public static func parse(_ bytes: [UInt8], as expected: Language) throws(LanguageFileError) -> [MessageKey: String] {
        let file: LanguageFile
        do {
            file = try JSONDecoder().decode(LanguageFile.self, from: Data(bytes))
        } catch {
            throw LanguageFileError(language: expected, key: nil, problem: "not a language file: \(error)")
        }
        if let key = duplicateKey(in: bytes) {
            throw LanguageFileError(language: expected, key: key, problem: "the key is given twice; give each message once")
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

    /// The first key of an object nested directly in the top-level one (the messages) that appears twice, if any. The
    /// bytes are valid JSON (decoded first), so a scan of strings and brackets is enough.
    static func duplicateKey(in bytes: [UInt8]) -> String? {
        var containers: [UInt8] = []
        var seen: [[UInt8]: Bool] = [:]
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "{"), UInt8(ascii: "["): containers.append(byte)
            case UInt8(ascii: "}"), UInt8(ascii: "]"): _ = containers.popLast()
            case UInt8(ascii: "\""):
                let start = index + 1
                index = start
                while index < bytes.count, bytes[index] != UInt8(ascii: "\"") { index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1 }
                let text = Array(bytes[start..<min(index, bytes.count)])
                var next = index + 1
                while next < bytes.count, [UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t")].contains(bytes[next]) {
                    next += 1
                }
                let isKey = next < bytes.count && bytes[next] == UInt8(ascii: ":")
                if isKey, containers == [UInt8(ascii: "{"), UInt8(ascii: "{")] {
                    if seen[text] != nil { return String(decoding: text, as: UTF8.self) }
                    seen[text] = true
                }
            default: break
            }
            index += 1
        }
        return nil
    }

    static func isKey(_ key: String) -> Bool {
        guard let first = key.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return key.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }
}
