import ArgumentParser
import OasisStore

/// `oasis restore`: puts a backup back as the embedded store, after checking it.
struct RestoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Restore a backup to the embedded SQLite store after checking its integrity and schema version.",
        discussion: "A target that exists and is not empty, or is open in a server, is refused unless --replace is given.")

    @OptionGroup var storeOptions: StoreOptions
    @Option(help: "The backup file to restore.") var from: String
    @Flag(help: "Overwrite a target database that exists and is not empty (stop the server first).") var replace = false
    @OptionGroup var output: OutputOptions

    func run() async throws {
        let database = try EmbeddedStorePath.of(storeOptions, purpose: "oasis restore")
        let result = try await SQLiteBackup.restore(from: from, to: database, replacing: replace)
        try output.emit(result) {
            var lines = [
                "restored \(from) to \(result.path) (schema version \(result.schemaVersion); integrity check ok)",
                "已将 \(from) 恢复到 \(result.path)（完整性检查通过）",
            ]
            if let moved = result.movedAuditAnchor {
                lines.append("the old audit anchor was moved to \(moved); the next write anchors the restored chain")
            }
            return lines.joined(separator: "\n")
        }
    }
}
