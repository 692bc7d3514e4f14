import ArgumentParser
import OasisCore

/// `--lang` for commands without a language of their own: with a language (or `OASIS_LANG`, see ``CLILanguage``)
/// they print in it; without one they print as they always have (audit verify in English and Chinese).
struct LanguageOptions: ParsableArguments {
    @Option(help: "Language of the output: zh-Hans, en or ug (default: OASIS_LANG, else the command's usual language or languages).")
    var lang: String?

    func validate() throws { _ = try CLILanguage.chosen(lang) }

    /// The chosen language, or nil for the command's usual output.
    var language: Language? { try? CLILanguage.chosen(lang) }

    /// A catalogue message in the chosen language, for commands whose usual output is English: without a choice
    /// the English catalogue text, which is that usual output word for word.
    func text(_ key: String, _ arguments: any CustomStringConvertible...) -> String {
        MessageCatalogue.standard.text(MessageKey(key), language ?? .en, arguments: arguments.map(\.description))
    }
}
