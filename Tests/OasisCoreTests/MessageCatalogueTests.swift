import OasisCore
import Testing

@Suite("Message catalogue")
struct MessageCatalogueTests {
    @Test("every message exists in both languages, non-empty, with the same placeholders")
    func complete() {
        for (key, entry) in MessageCatalogue.standard.entries {
            #expect(!entry.zhHans.isEmpty, "\(key) has no zh-Hans text")
            #expect(!entry.en.isEmpty, "\(key) has no English text")
            for index in 0..<4 {
                #expect(entry.zhHans.contains("{\(index)}") == entry.en.contains("{\(index)}"), "\(key): placeholder {\(index)} differs")
            }
        }
    }

    @Test("every role and region level has a display name")
    func domainNames() {
        let catalogue = MessageCatalogue.standard
        for role in Role.allCases { #expect(catalogue.entries[role.messageKey] != nil, "role \(role)") }
        for level in RegionLevel.allCases { #expect(catalogue.entries[level.messageKey] != nil, "level \(level)") }
        let keys: [MessageKey] =
            ProblemStatus.allCases.map(\.messageKey) + ProblemSeverity.allCases.map(\.messageKey)
            + CaseStatus.allCases.map(\.messageKey) + ProjectStage.allCases.map(\.messageKey) + ProjectType.allCases.map(\.messageKey)
            + FundingSource.allCases.map(\.messageKey)
        for key in keys { #expect(catalogue.entries[key] != nil, "\(key)") }
    }

    @Test("fills placeholders and shows unknown keys visibly")
    func text() {
        let catalogue = MessageCatalogue.standard
        #expect(catalogue.text("login_throttled", .en, "30") == "Too many failed sign-ins. Try again in 30 seconds.")
        #expect(catalogue.text("login_throttled", .zhHans, "30").contains("30 秒"))
        #expect(catalogue.text("no_such_key", .en) == "[no_such_key]")
    }

    @Test(
        "negotiates the language from Accept-Language",
        arguments: [
            ("en-GB,en;q=0.9", Language.en), ("zh-CN,zh;q=0.9,en;q=0.8", .zhHans), ("fr-FR, en;q=0.5", .en),
        ])
    func negotiate(header: String, expected: Language) {
        #expect(Language.negotiate(acceptLanguage: header) == expected)
    }

    @Test("falls back to nothing for unsupported languages")
    func unsupported() {
        #expect(Language.negotiate(acceptLanguage: "fr-FR,de") == nil)
        #expect(Language.default == .zhHans)
    }
}
