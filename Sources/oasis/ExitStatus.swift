import ArgumentParser

/// The exit statuses of `oasis` (docs/cli.md, "Exit status"), in the manner of osmium's DIAGNOSTICS.
enum ExitStatus: Int32 {
    /// Everything went as asked.
    case success = 0
    /// The command failed and wrote nothing (a bad file, a missing record, a store that cannot be reached,
    /// a check that found a problem such as a broken audit chain).
    case failure = 1
    /// The command line was wrong: an unknown command or option, a missing or malformed argument.
    case usage = 2
    /// An import with `--accept-valid` wrote the valid rows and rejected others.
    case partial = 3

    /// The status of an import that read `rows` rows and rejected `rejected` of them: partial when some rows
    /// were taken and some refused, failure when every row was refused.
    static func ofImport(rows: Int, rejected: Int) -> ExitStatus {
        guard rejected > 0 else { return .success }
        return rejected < rows ? .partial : .failure
    }

    /// Ends the command with this status once its result is printed (nothing to do for success).
    func conclude() throws {
        if self != .success { throw ExitCode(rawValue) }
    }
}
