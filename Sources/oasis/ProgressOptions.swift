import ArgumentParser
import OasisCore

/// `--quiet` and `--lang` for commands that show progress on standard error.
struct ProgressOptions: ParsableArguments {
    @Flag(help: "Show no progress on standard error.") var quiet = false
    @Option(help: "Language of the progress labels: zh-Hans (default, or OASIS_LANG), en or ug.") var lang: String?

    func validate() throws { _ = try CLILanguage.chosen(lang) }

    var language: Language { (try? CLILanguage.chosen(lang)) ?? .zhHans }

    /// A display for one command run.
    func console() -> ConsoleProgress {
        ConsoleProgress(quiet: quiet, language: language)
    }
}
