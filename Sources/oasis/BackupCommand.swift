import ArgumentParser
import OasisStore

/// `oasis backup`: a consistent copy of the embedded store, taken while the server runs (SQLite's online backup).
struct BackupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Copy the embedded SQLite store to a new file, consistently, even while the server runs (PostgreSQL: use pg_dump).")

    @OptionGroup var storeOptions: StoreOptions
    @Option(help: "The new backup file (must not exist).") var to: String
    @OptionGroup var output: OutputOptions

    func run() async throws {
        let database = try EmbeddedStorePath.of(storeOptions, purpose: "oasis backup")
        let result = try await SQLiteBackup.backUp(database: database, to: to)
        try output.emit(result) {
            "backed up \(database) to \(result.path) (\(result.bytes) bytes, schema version \(result.schemaVersion))\n"
                + "已将 \(database) 备份到 \(result.path)"
        }
    }
}
