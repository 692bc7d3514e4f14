import ArgumentParser
import Foundation
import Logging
import OasisCore
import OasisServices
import OasisStore

/// `oasis framework export|import`: the indicator framework as editable JSON.
struct FrameworkCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "framework", abstract: "Export or import the indicator framework.",
        subcommands: [Export.self, Import.self])

    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write the active framework as JSON (standard output or --output).")
        @OptionGroup var storeOptions: StoreOptions
        @Option(help: "File to write.") var output: String?

        func run() async throws {
            let json = try await storeOptions.withStore { store in try await store.frameworks.activeOrBuiltIn().encodedJSON() }
            if let output {
                try StoreOptions.write(json, to: output)
            } else {
                Console.line(String(decoding: json, as: UTF8.self))
            }
        }
    }

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Validate a framework JSON file, store it and make it active.")
        @OptionGroup var storeOptions: StoreOptions
        @Argument(help: "The framework JSON file.") var file: String
        @OptionGroup var output: OutputOptions
        @OptionGroup var languageOptions: LanguageOptions

        func run() async throws {
            let bytes = try StoreOptions.read(file)
            let framework = try InputError.naming(file) { try IndicatorFramework.decode(json: bytes) }
            let ledger = try await storeOptions.withStore { store in
                try await store.frameworks.save(framework, by: .system)
                return try await EvaluationService(store: store).refreshLedger(by: .system)
            }
            let result = FrameworkImportResult(
                file: file, framework: framework.id, version: framework.version,
                indicators: framework.indicators.count, ledger: ledger)
            try output.emit(result) {
                languageOptions.text(
                    "cli_framework_imported", file, framework.id, framework.version, framework.indicators.count, ledger.opened, ledger.updated)
            }
        }
    }
}
