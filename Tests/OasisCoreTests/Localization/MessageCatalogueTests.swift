import OasisCore
import Testing

@Suite("Message catalogue")
struct MessageCatalogueTests {
    @Test("every message has the same placeholders in every language")
    func placeholders() {
        let catalogue = MessageCatalogue.standard
        for key in catalogue.keys {
            let reference = catalogue.messages[.zhHans]?[key] ?? ""
            for language in Language.allCases {
                let text = catalogue.messages[language]?[key] ?? ""
                for index in 0..<9 {
                    #expect(
                        text.contains("{\(index)}") == reference.contains("{\(index)}"),
                        "\(language.rawValue).json, key \(key): placeholder {\(index)} differs from zh-Hans")
                }
            }
        }
    }

    @Test("every role, region level, status and progress step has a message in every language")
    func domainNames() {
        let catalogue = MessageCatalogue.standard
        let keys: [MessageKey] =
            Role.allCases.map(\.messageKey) + RegionLevel.allCases.map(\.messageKey)
            + ProblemStatus.allCases.map(\.messageKey) + ProblemSeverity.allCases.map(\.messageKey)
            + CaseStatus.allCases.map(\.messageKey) + ProjectStage.allCases.map(\.messageKey) + ProjectType.allCases.map(\.messageKey)
            + FundingSource.allCases.map(\.messageKey) + ProgressStep.allCases.map(\.messageKey)
        for key in keys {
            for language in Language.allCases {
                #expect(catalogue.messages[language]?[key] != nil, "\(language.rawValue).json has no key \(key)")
            }
        }
    }

    @Test("fills placeholders, falls back along zh-Hans then English, and shows unknown keys visibly")
    func text() {
        let catalogue = MessageCatalogue.standard
        #expect(catalogue.text("login_throttled", .en, "30") == "Too many failed sign-ins. Try again in 30 seconds.")
        #expect(catalogue.text("login_throttled", .zhHans, "30") == "登录失败次数过多，请 30 秒后再试。")
        #expect(catalogue.text("login_throttled", .ug, "30") == "مەغلۇپ بولغان كىرىش سانى بەك كۆپ. 30 سېكۇنتتىن كېيىن قايتا سىناڭ.")
        #expect(catalogue.text("no_such_key", .en) == "[no_such_key]")
        let partial = MessageCatalogue(messages: [.zhHans: ["only_zh": "中文", "both": "二者"], .en: ["only_en": "English", "both": "both"], .ug: [:]])
        #expect(partial.text("only_zh", .ug) == "中文")
        #expect(partial.text("only_en", .ug) == "English")
        #expect(partial.text("both", .ug) == "二者")
        #expect(partial.table(for: .ug) == ["only_zh": "中文", "only_en": "English", "both": "二者"])
    }

    @Test(
        "negotiates the language from Accept-Language",
        arguments: [
            ("en-GB,en;q=0.9", Language.en), ("zh-CN,zh;q=0.9,en;q=0.8", .zhHans), ("fr-FR, en;q=0.5", .en),
            ("ug-CN,zh;q=0.8", .ug), ("ug-Arab", .ug), ("ug", .ug), ("ug-Latn-CN, zh-CN;q=0.5", .zhHans), ("kk-CN, ug;q=0.7", .ug),
        ])
    func negotiate(header: String, expected: Language) {
        #expect(Language.negotiate(acceptLanguage: header) == expected)
    }

    @Test("falls back to nothing for unsupported languages")
    func unsupported() {
        #expect(Language.negotiate(acceptLanguage: "fr-FR,de") == nil)
        #expect(Language.default == .zhHans)
    }

    @Test("Uyghur is written right to left; Chinese and English left to right; each names itself")
    func direction() {
        #expect(Language.ug.dir == "rtl")
        #expect(Language.zhHans.dir == "ltr")
        #expect(Language.en.dir == "ltr")
        #expect(Language.allCases.map(\.nativeName) == ["中文", "English", "ئۇيغۇرچە"])
        #expect(Language(tag: "ug-CN") == .ug)
        #expect(Language(tag: "zh_CN") == .zhHans)
        #expect(Language(tag: "ug-Cyrl") == nil)
    }
}
