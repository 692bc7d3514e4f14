import ArgumentParser
import Foundation
import Logging
import OasisCore
import OasisServices
import OasisStore

/// `oasis framework export|import`: the indicator framework as editable JSON.
struct FrameworkCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "framework", abstract: "Export or import the indicator framework.",
                                                    subcommands: [Export.self, Import.self])

    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write the active framework as JSON (standard output or --output).")
        @OptionGroup var storeOptions: StoreOptions
        @Option(help: "File to write.") var output: String?

        func run() async throws {
            let configuration = try storeOptions.resolve()
            let store = try await storeOptions.openStore(configuration, logger: .oasis(level: .warning))
            defer { Task { await store.close() } }
            let json = try await store.frameworks.activeOrBuiltIn().encodedJSON()
            if let output {
                guard FileManager.default.createFile(atPath: output, contents: Data(json)) else { throw CLIError("Cannot write \(output).") }
            } else {
                Console.line(String(decoding: json, as: UTF8.self))
            }
        }
    }

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Validate a framework JSON file, store it and make it active.")
        @OptionGroup var storeOptions: StoreOptions
        @Argument(help: "The framework JSON file.") var file: String

        func run() async throws {
            let configuration = try storeOptions.resolve()
            guard let data = FileManager.default.contents(atPath: file) else { throw CLIError("Cannot read \(file).") }
            let framework: IndicatorFramework
            do { framework = try IndicatorFramework.decode(json: Array(data)) } catch { throw CLIError("\(file): \(error.description)") }
            let store = try await storeOptions.openStore(configuration, logger: .oasis(level: .warning))
            defer { Task { await store.close() } }
            try await store.frameworks.save(framework, by: .system)
            let ledger = try await EvaluationService(store: store).refreshLedger(by: .system)
            Console.line("\(file): framework \(framework.id) \(framework.version) with \(framework.indicators.count) indicators is active; ledger: \(ledger.opened) opened, \(ledger.updated) updated")
        }
    }
}
