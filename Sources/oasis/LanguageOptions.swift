import ArgumentParser
import OasisCore

/// `--lang` for commands whose summaries are bilingual by default: with a language (or `OASIS_LANG`, see
/// ``CLILanguage``) they print that language only.
struct LanguageOptions: ParsableArguments {
    @Option(help: "Language of the summary: zh-Hans, en or ug (default: English and Chinese; or OASIS_LANG).") var lang: String?

    func validate() throws { _ = try CLILanguage.chosen(lang) }

    /// The chosen language, or nil for the bilingual default.
    var language: Language? { try? CLILanguage.chosen(lang) }
}
