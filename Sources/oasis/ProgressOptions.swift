import ArgumentParser
import OasisCore

/// `--quiet` and `--lang` for commands that show progress on standard error.
struct ProgressOptions: ParsableArguments {
    @Flag(help: "Show no progress on standard error.") var quiet = false
    @Option(help: "Language of the progress labels: zh-Hans (default) or en.") var lang: String = "zh-Hans"

    func validate() throws {
        guard Language(tag: lang) != nil else { throw ValidationError("--lang takes zh-Hans or en.") }
    }

    var language: Language { Language(tag: lang) ?? .zhHans }

    /// A display for one command run.
    func console() -> ConsoleProgress {
        ConsoleProgress(quiet: quiet, language: language)
    }
}
