import ArgumentParser
import Foundation
import Logging
import OasisCore
import OasisServices
import OasisStore

/// `oasis values import FILE`: indicator values from CSV or XLSX.
struct ValuesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "values", abstract: "Import indicator values.", subcommands: [Import.self])

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import indicator values (CSV or XLSX; long: region,indicator,period,value[,source,unit]; wide: region,period[,source],<indicator codes>)."
        )
        @OptionGroup var storeOptions: StoreOptions
        @Argument(help: "The file.") var file: String
        @Flag(help: "Write the valid rows and report the others (default: a file with errors writes nothing).") var acceptValid = false

        func run() async throws {
            let configuration = try storeOptions.resolve()
            guard let data = FileManager.default.contents(atPath: file) else { throw CLIError("Cannot read \(file).") }
            let store = try await storeOptions.openStore(configuration, logger: .oasis(level: .warning))
            defer { Task { await store.close() } }
            let name = URL(fileURLWithPath: file).lastPathComponent
            do {
                let outcome = try await EvaluationService(store: store).importValues(Array(data), fileName: name, acceptValid: acceptValid, by: .system)
                Console.line("\(file): \(outcome.rowCount) rows (\(outcome.layout) layout), \(outcome.acceptedValues) values valid, \(outcome.record?.written ?? 0) written or changed, \(outcome.rejectedRows) rows rejected")
                for problem in outcome.problems.prefix(200) { Console.line("  - \(problem)") }
                if let ledger = outcome.ledger { Console.line("problem ledger: \(ledger.opened) opened, \(ledger.updated) updated") }
            } catch let error as OasisError {
                throw CLIError(error.description)
            }
        }
    }
}
