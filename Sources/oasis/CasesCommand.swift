import ArgumentParser
import Foundation
import Logging
import OasisCore
import OasisImport
import OasisServices
import OasisStore

/// `oasis cases …`: historical imports, the hotline metrics and the register of units from the command line.
struct CasesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cases", abstract: "Import historical cases; show the hotline metrics and their weights; keep the register of units.",
        subcommands: [Import.self, Metrics.self, CasesWeightsCommand.self, CasesUnitsCommand.self])

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Import historical cases from CSV or XLSX: a city's own export through a column-mapping file (docs/import-formats.md; example: docs/examples/la-myla311-mapping.json), or the filled-in case template (oasis templates cases) without one.",
            discussion: "A file with problems writes nothing (exit 1); with --accept-valid the valid rows are written and the rest reported (exit 3)."
        )
        @OptionGroup var storeOptions: StoreOptions
        @Argument(help: "The CSV or XLSX file.") var file: String
        @Option(help: "The mapping file (JSON); without it the file is read as the case template.") var mapping: String?
        @Flag(help: "Write the valid rows and report the others (default: a file with errors writes nothing).") var acceptValid = false
        @OptionGroup var output: OutputOptions
        @OptionGroup var languageOptions: LanguageOptions

        func run() async throws {
            let mappingValue = try mapping.map { mapping in
                let mappingBytes = Data(try StoreOptions.read(mapping))
                return try InputError.naming("\(mapping): not a valid mapping file") {
                    try JSONDecoder().decode(CaseImportMapping.self, from: mappingBytes)
                }
            }
            let bytes = try StoreOptions.read(file)
            let outcome = try await storeOptions.withStore { store in
                try await CaseService(store: store).importHistorical(
                    file: bytes, mapping: mappingValue, fileName: URL(fileURLWithPath: file).lastPathComponent,
                    acceptValid: acceptValid, by: .system)
            }
            try output.emit(outcome) {
                let rate = Int(Double(outcome.rows) / max(outcome.seconds, 1e-9))
                let summary = languageOptions.text(
                    "cli_cases_imported", file, outcome.rows, outcome.written, outcome.skipped, outcome.rejected,
                    String(format: "%.2f", outcome.seconds), rate)
                return ([summary] + outcome.problems.prefix(200).map { "  - \($0)" }).joined(separator: "\n")
            }
            try ExitStatus.ofImport(rows: outcome.rows, rejected: outcome.rejected).conclude()
        }
    }

    struct Metrics: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The hotline metrics (三率, closure, on-time closure, rework, handling time) by unit, region, category or all.")
        @OptionGroup var storeOptions: StoreOptions
        @Option(help: "unit, region, category or all.") var by: String = "unit"
        @Option(help: "First month, YYYY-MM.") var from: String?
        @Option(help: "Last month, YYYY-MM.") var to: String?
        @Flag(help: "One row per month.") var monthly = false
        @OptionGroup var output: OutputOptions

        func validate() throws {
            guard CaseRollupDimension(rawValue: by) != nil else { throw ValidationError("--by takes unit, region, category or all.") }
        }

        func run() async throws {
            let dimension = CaseRollupDimension(rawValue: by) ?? .unit
            let start = ContinuousClock.now
            let rows = try await storeOptions.withStore { store in
                try await store.cases.metrics(dimension, from: from, to: to, byMonth: monthly, asOf: store.clock.now(), for: .system)
            }
            let elapsed = ContinuousClock.now - start
            try output.emit(rows) {
                func rate(_ value: Double?) -> String { value.map { String(format: "%.1f", $0) } ?? "—" }
                let table = rows.map { row in
                    [
                        row.key.isEmpty ? "—" : row.key, row.month ?? "", String(row.metrics.cases), rate(row.metrics.responseRate),
                        rate(row.metrics.resolutionRate), rate(row.metrics.satisfactionRate), rate(row.metrics.composite),
                        rate(row.metrics.closureRate),
                        rate(row.metrics.onTimeClosureRate), rate(row.metrics.reworkRate), rate(row.metrics.meanHandlingHours),
                        rate(row.metrics.medianHandlingHours), String(row.metrics.visited), String(row.metrics.rated),
                        String(row.metrics.unreachedVisits), String(row.metrics.merged), String(row.metrics.notResponsible),
                        String(row.metrics.cancelled),
                    ]
                }
                return TextTable.render(
                    header: [
                        by, "month", "cases", "response %", "resolution %", "satisfaction %", "composite", "closure %",
                        "on time %", "rework %", "mean h", "median h", "visits", "rated", "unreached", "merged", "not resp.",
                        "cancelled",
                    ], rows: table)
                    + "\n\(rows.count) rows in \(elapsed)"
            }
        }
    }
}
