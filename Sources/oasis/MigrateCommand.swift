import ArgumentParser
import Logging
import OasisServices
import OasisStore

/// `oasis migrate`: bring the database to this build's schema (the server does this at start too).
struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "migrate", abstract: "Apply pending database migrations.")

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    @Flag(name: .long, help: "Only print the database's schema version and this build's.")
    var status = false

    func run() async throws {
        let configuration = try storeOptions.resolve()
        LoggingBootstrap.once(level: configuration.logLevel, format: configuration.logFormat)
        let logger = Logger.oasis(level: configuration.logLevel)
        let result = try await storeOptions.withStore(configuration, logger: logger, migrate: false) { store in
            let migrator = Migrator(database: store.database)
            let current = try await migrator.currentVersion()
            if status {
                return MigrationResult(database: "\(store.location)", from: current, to: current, applied: [], buildVersion: Migrations.latestVersion)
            }
            let report = try await migrator.migrate()
            return MigrationResult(
                database: "\(store.location)", from: report.from, to: report.to, applied: report.applied,
                buildVersion: Migrations.latestVersion)
        }
        try output.emit(result) {
            if status {
                return "database \(result.database): schema version \(result.from); this build writes version \(result.buildVersion)"
            }
            if result.applied.isEmpty { return "database \(result.database) is up to date at schema version \(result.to)" }
            let applied = result.applied.map(String.init).joined(separator: ", ")
            return "migrated \(result.database) from schema version \(result.from) to \(result.to) (applied \(applied))"
        }
    }
}
