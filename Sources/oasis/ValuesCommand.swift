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
            abstract:
                "Import indicator values (CSV or XLSX; long: region,indicator,period,value[,source,unit]; wide: region,period[,source],<indicator codes>).",
            discussion:
                "A file with problems writes nothing (exit 1); with --accept-valid the valid values are written and the rest reported (exit 3)."
        )
        @OptionGroup var storeOptions: StoreOptions
        @Argument(help: "The file.") var file: String
        @Flag(help: "Write the valid rows and report the others (default: a file with errors writes nothing).") var acceptValid = false
        @OptionGroup var output: OutputOptions
        @OptionGroup var languageOptions: LanguageOptions

        func run() async throws {
            let bytes = try StoreOptions.read(file)
            let name = URL(fileURLWithPath: file).lastPathComponent
            let outcome = try await storeOptions.withStore { store in
                try await EvaluationService(store: store).importValues(bytes, fileName: name, acceptValid: acceptValid, by: .system)
            }
            try output.emit(outcome) {
                var lines = [
                    languageOptions.text(
                        "cli_values_imported", file, outcome.rowCount, outcome.layout, outcome.acceptedValues, outcome.record?.written ?? 0,
                        outcome.rejectedRows)
                ]
                lines += outcome.problems.prefix(200).map { "  - \($0)" }
                if let ledger = outcome.ledger { lines.append(languageOptions.text("cli_ledger_changed", ledger.opened, ledger.updated)) }
                return lines.joined(separator: "\n")
            }
            try ExitStatus.ofImport(rows: outcome.rowCount, rejected: outcome.rejectedRows).conclude()
        }
    }
}
