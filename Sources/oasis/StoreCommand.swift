import ArgumentParser
import Foundation
import Logging
import OasisStore

/// `oasis store copy|export`: move the embedded store to PostgreSQL, and print what a database holds per table.
struct StoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store", abstract: "Copy the embedded store to PostgreSQL; print per-table row counts and digests.",
        subcommands: [Copy.self, Export.self])

    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print each table's row count and content digest (equal on two databases holding the same data, SQLite or PostgreSQL).")
        @OptionGroup var storeOptions: StoreOptions
        @OptionGroup var output: OutputOptions

        func run() async throws {
            let export = try await storeOptions.withStore(migrate: false) { store in try await StoreExport.of(store.database) }
            try output.emit(export) { StoreExportText.table(export) }
        }
    }
}
