import ArgumentParser

/// `oasis`: the platform's one binary.
@main
struct OasisCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "oasis",
        abstract: "Oasis (绿洲): the platform for high-quality urban development.",
        discussion: "Run `oasis serve` to start the server on the embedded SQLite store with the built-in Xinjiang demo.",
        version: "0.1.0",
        subcommands: [ServeCommand.self, MigrateCommand.self, CheckCommand.self, ReportCommand.self, ValuesCommand.self, FrameworkCommand.self, RegionCommand.self, ProjectsCommand.self, PolicyCommand.self, CasesCommand.self, LayersCommand.self, NetworkCommand.self, AnalyseCommand.self, UserCommand.self, AuditCommand.self, BenchCommand.self]
    )
}
