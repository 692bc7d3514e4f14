import Foundation
import OasisCore
import Testing

@Suite("Language files")
struct LanguageFileTests {
    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    static let good: [Language: [UInt8]] = [
        .zhHans: bytes(#"{"language": "zh-Hans", "messages": {"app_name": "绿洲"}}"#),
        .en: bytes(#"{"language": "en", "messages": {"app_name": "Oasis"}}"#),
        .ug: bytes(#"{"language": "ug", "notes": ["a note"], "messages": {"app_name": "بوستانلىق"}}"#),
    ]

    @Test("the files compiled into the binary load, and every key is in every language file")
    func embeddedComplete() throws {
        let catalogue = try MessageCatalogue.embedded()
        #expect(catalogue.keys.count > 380)
        for key in catalogue.keys.sorted(by: { $0.rawValue < $1.rawValue }) {
            for language in Language.allCases {
                #expect(catalogue.messages[language]?[key] != nil, "\(language.rawValue).json is missing key \(key)")
            }
        }
    }

    @Test("reads well-formed files")
    func loads() throws {
        let catalogue = try MessageCatalogue.load(Self.good)
        #expect(catalogue.text("app_name", .ug) == "بوستانلىق")
        #expect(catalogue.text("app_name", .zhHans) == "绿洲")
    }

    @Test(
        "refuses a malformed file, naming the language and the key",
        arguments: [
            (Language.ug, #"{"language": "ug", "messages": {"app_name": "x",}"#, nil as String?, "not a language file"),
            (.ug, #"{"language": "en", "messages": {"app_name": "x"}}"#, nil, #"its "language" is "en""#),
            (.en, #"{"language": "en", "messages": {"App-Name": "x"}}"#, "App-Name", "starts with a-z"),
            (.zhHans, #"{"language": "zh-Hans", "messages": {"app_name": "  "}}"#, "app_name", "empty"),
            (.ug, #"{"language": "ug"}"#, nil, "not a language file"),
            (.en, #"{"language": "en", "notes": ["{\"a\": 1}"], "messages": {"app_name": "x", "b": "{\"b\": 1}", "b" : "y"}}"#, "b", "given twice"),
        ])
    func refuses(language: Language, text: String, key: String?, problem: String) {
        var files = Self.good
        files[language] = Self.bytes(text)
        #expect {
            try MessageCatalogue.load(files)
        } throws: { error in
            guard let error = error as? LanguageFileError else { return false }
            return error.language == language && error.key == key && error.problem.contains(problem)
                && error.description.hasPrefix("language file \(language.rawValue).json")
        }
    }

    @Test("a missing file is refused")
    func missingFile() {
        var files = Self.good
        files[.ug] = nil
        #expect {
            try MessageCatalogue.load(files)
        } throws: { error in
            let error = error as? LanguageFileError
            return error?.language == .ug && error?.key == nil && error?.problem == "the file is missing"
        }
    }

    /// Walks the sources for every key the code asks the catalogue for — `{{t.key}}` in page templates,
    /// the catalogue's `text("key", …)` and the pages' `t("key")` calls, `MessageKey("key")` and the navigation's `("nav_…", …)` entries —
    /// and fails on any key missing from any language file, naming both. Keys built at run time from an enum's
    /// raw value (`case_status_\(rawValue)` …) are covered by the domain-name test instead.
    @Test("every message key used in the code exists in every language file")
    func keysUsedInCode() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let sources = root.appendingPathComponent("Sources")
        let patterns = [
            #"\{\{\{?[#^]?t\.([a-z][A-Za-z0-9_]*)"#, #"(?:catalogue\.text|standard\.text|\bp\.t|[^.\w]t)\(\s*"([a-z][A-Za-z0-9_]*)""#,
            #"MessageKey\(\s*"([a-z][A-Za-z0-9_]*)"\s*\)"#,
            #"\(\s*"(nav_[a-z0-9_]+)"\s*,"#,
        ].map { try! NSRegularExpression(pattern: $0) }
        var used: [String: String] = [:]
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
        while let file = files?.nextObject() as? URL {
            guard file.pathExtension == "swift" else { continue }
            // Comment lines are left out: they show keys as examples (`{{t.key}}`).
            let text = try String(contentsOf: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
                .filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }.joined(separator: "\n")
            let range = NSRange(text.startIndex..., in: text)
            for pattern in patterns {
                for match in pattern.matches(in: text, range: range) {
                    guard let keyRange = Range(match.range(at: 1), in: text) else { continue }
                    used[String(text[keyRange])] = file.lastPathComponent
                }
            }
        }
        #expect(used.count > 200, "the walk found only \(used.count) keys: are the sources beside the tests?")
        let catalogue = try MessageCatalogue.embedded()
        for (key, file) in used.sorted(by: { $0.key < $1.key }) {
            for language in Language.allCases {
                #expect(catalogue.messages[language]?[MessageKey(key)] != nil, "\(language.rawValue).json is missing key \(key) (used in \(file))")
            }
        }
    }
}
