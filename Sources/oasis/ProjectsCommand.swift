import ArgumentParser
import Foundation
import Logging
import OasisCore
import OasisServices
import OasisStore

/// `oasis projects …`: the project library from the command line.
struct ProjectsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "projects", abstract: "Import, export and list the project library; show each measure's status.",
        subcommands: [Import.self, Export.self, List.self, Status.self])

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import projects from CSV or XLSX (columns: docs/import-formats.md); a file with errors writes nothing unless --accept-valid.",
            discussion: "A file with problems writes nothing (exit 1); with --accept-valid the valid rows are saved and the rest reported (exit 3)."
        )
        @OptionGroup var storeOptions: StoreOptions
        @Argument(help: "The file.") var file: String
        @Flag(help: "Save the valid rows and report the others.") var acceptValid = false
        @Option(help: "warn (default) or refuse renewal projects that cite no health-check problem.") var citation: CitationRule = .warn
        @OptionGroup var output: OutputOptions
        @OptionGroup var languageOptions: LanguageOptions

        func run() async throws {
            let bytes = try StoreOptions.read(file)
            let outcome = try await storeOptions.withStore { store in
                try await PromotionService(store: store, citationRule: citation)
                    .importProjects(bytes, fileName: URL(fileURLWithPath: file).lastPathComponent, acceptValid: acceptValid, by: .system)
            }
            try output.emit(outcome) {
                var lines = [
                    languageOptions.text("cli_projects_imported", file, outcome.rowCount, outcome.created, outcome.updated, outcome.rejectedRows)
                ]
                lines += outcome.problems.prefix(200).map { "  - \($0)" }
                lines += outcome.flagged.sorted(by: { $0.key < $1.key }).prefix(50).map { code, kinds in
                    languageOptions.text("cli_project_flagged", code, kinds.map(\.rawValue).joined(separator: ", "))
                }
                return lines.joined(separator: "\n")
            }
            try ExitStatus.ofImport(rows: outcome.rowCount, rejected: outcome.rejectedRows).conclude()
        }
    }

    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Export the project library as CSV or XLSX (the import columns).")
        @OptionGroup var storeOptions: StoreOptions
        @Option(help: "File to write; its extension (.csv or .xlsx) sets the format.") var output: String
        @Option(help: "Only this region and everything below it.") var region: String?
        @OptionGroup var resultFormat: OutputOptions

        var format: ProjectFileFormat? { ProjectFileFormat(rawValue: URL(fileURLWithPath: output).pathExtension.lowercased()) }

        func validate() throws {
            guard format != nil else { throw ValidationError("--output must end in .csv or .xlsx.") }
        }

        func run() async throws {
            let format = format ?? .csv
            let bytes = try await storeOptions.withStore { store in
                try await PromotionService(store: store).exportProjects(ProjectQuery(region: region), format: format, by: .system)
            }
            try StoreOptions.write(bytes, to: output)
            let written = WrittenFile(path: output, bytes: bytes.count)
            try resultFormat.emit(written) { written.line }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List projects with their stage, progress and flags.")
        @OptionGroup var storeOptions: StoreOptions
        @Option(help: "Only this region and everything below it.") var region: String?
        @Option(help: "At most this many.") var limit = 50
        @OptionGroup var output: OutputOptions

        func run() async throws {
            let list = try await storeOptions.withStore { store in
                let page = try await store.projects.list(ProjectQuery(region: region, limit: limit), for: .system)
                return ProjectListResult(total: page.total, projects: try await PromotionService(store: store).views(page.items))
            }
            try output.emit(list) {
                let rows = list.projects.map { view in
                    [
                        view.project.code, view.project.nameZh, view.project.region, view.project.stage.rawValue,
                        view.project.progress.map { String(format: "%.0f %%", $0) } ?? "—", view.flags.map(\.kind.rawValue).joined(separator: ", "),
                    ]
                }
                return TextTable.render(header: ["code", "name", "region", "stage", "progress", "flags"], rows: rows)
                    + "\n\(list.projects.count) of \(list.total) projects"
            }
        }
    }

    struct Status: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Each measure's tasks, projects, investment, progress and lateness.")
        @OptionGroup var storeOptions: StoreOptions
        @Option(help: "Region (default: the policy's).") var region: String?
        @Option(help: "Policy id.") var policy = Policy.builtInID
        @OptionGroup var output: OutputOptions

        func run() async throws {
            let report = try await storeOptions.withStore { store in
                try await PromotionService(store: store).measureStatus(policyID: policy, region: region, by: .system)
            }
            try output.emit(report) {
                let rows = report.measures.map { measure in
                    [
                        "(\(measure.measure))", measure.titleZh, "\(measure.tasksDone)/\(measure.tasks)", String(measure.tasksOverdue),
                        String(measure.projects),
                        String(format: "%.0f", measure.budget), String(format: "%.0f", measure.actualInvestment),
                        measure.meanProgress.map { String(format: "%.0f %%", $0) } ?? "—", String(measure.lateProjects),
                    ]
                }
                return TextTable.render(
                    header: ["measure", "title", "tasks done", "overdue", "projects", "budget 万元", "invested 万元", "progress", "late"],
                    rows: rows)
            }
        }
    }
}

extension CitationRule: ExpressibleByArgument {}
extension ProjectFileFormat: ExpressibleByArgument {}
