import ArgumentParser

/// `oasis`: the platform's one binary.
@main
struct OasisCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "oasis",
        abstract: "Oasis (绿洲): the platform for high-quality urban development.",
        discussion: "Run `oasis serve` to start the server on the embedded SQLite store with the built-in Xinjiang demo. "
            + "Exit status: 0 success, 1 failure, 2 usage error, 3 partial import (docs/cli.md).",
        version: "0.1.0",
        subcommands: [
            ServeCommand.self, MigrateCommand.self, CheckCommand.self, ReportCommand.self, ValuesCommand.self, FrameworkCommand.self,
            RegionCommand.self, ProjectsCommand.self, PolicyCommand.self, CasesCommand.self, LayersCommand.self, NetworkCommand.self,
            AnalyseCommand.self, UserCommand.self, AuditCommand.self, BenchCommand.self, CalendarCommand.self, BackupCommand.self,
            RestoreCommand.self, StoreCommand.self, LifelineCommand.self, SettingsCommand.self, TemplatesCommand.self, GridsCommand.self,
        ]
    )

    /// Parses and runs the command; every error ends at `CommandLineEdge`, which prints it and picks the exit status.
    static func main() async {
        do {
            var command = try await asyncParseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            CommandLineEdge.exit(with: error)
        }
    }
}
