import ArgumentParser
import Logging
import OasisServices
import OasisStore

/// `oasis migrate`: bring the database to this build's schema (the server does this at start too).
struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "migrate", abstract: "Apply pending database migrations.")

    @OptionGroup var storeOptions: StoreOptions

    @Flag(name: .long, help: "Only print the database's schema version and this build's.")
    var status = false

    func run() async throws {
        let configuration = try storeOptions.resolve()
        LoggingBootstrap.once(level: configuration.logLevel, format: configuration.logFormat)
        let store = try await storeOptions.openStore(configuration, logger: .oasis(level: configuration.logLevel), migrate: false)
        defer { Task { await store.close() } }
        let migrator = Migrator(database: store.database)
        let current = try await migrator.currentVersion()
        if status {
            print("database \(store.location): schema version \(current); this build writes version \(Migrations.latestVersion)")
            return
        }
        do {
            let report = try await migrator.migrate()
            if report.applied.isEmpty {
                print("database \(store.location) is up to date at schema version \(report.to)")
            } else {
                print("migrated \(store.location) from schema version \(report.from) to \(report.to) (applied \(report.applied.map(String.init).joined(separator: ", ")))")
            }
        } catch let error as StoreError {
            throw CLIError(error.message)
        }
    }
}
