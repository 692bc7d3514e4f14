import ArgumentParser
import Foundation
import Logging
import OasisCore
import OasisServices
import OasisStore

/// `oasis projects …`: the project library from the command line.
struct ProjectsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "projects", abstract: "Import, export and list the project library; show each measure's status.",
                                                    subcommands: [Import.self, Export.self, List.self, Status.self])

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import projects from CSV or XLSX (columns: docs/import-formats.md); a file with errors writes nothing unless --accept-valid."
        )
        @OptionGroup var storeOptions: StoreOptions
        @Argument(help: "The file.") var file: String
        @Flag(help: "Save the valid rows and report the others.") var acceptValid = false
        @Option(help: "warn (default) or refuse renewal projects that cite no health-check problem.") var citation: CitationRule = .warn

        func run() async throws {
            let bytes = try StoreOptions.read(file)
            let outcome = try await storeOptions.withStore { store in
                try await PromotionService(store: store, citationRule: citation)
                    .importProjects(bytes, fileName: URL(fileURLWithPath: file).lastPathComponent, acceptValid: acceptValid, by: .system)
            }
            Console.line("\(file): \(outcome.rowCount) rows, \(outcome.created) projects created, \(outcome.updated) updated, \(outcome.rejectedRows) rows rejected")
            for problem in outcome.problems.prefix(200) { Console.line("  - \(problem)") }
            for (code, kinds) in outcome.flagged.sorted(by: { $0.key < $1.key }).prefix(50) {
                Console.line("  flagged \(code): \(kinds.map(\.rawValue).joined(separator: ", "))")
            }
        }
    }

    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Export the project library as CSV or XLSX (the import columns).")
        @OptionGroup var storeOptions: StoreOptions
        @Option(help: "File to write; its extension (.csv or .xlsx) sets the format.") var output: String
        @Option(help: "Only this region and everything below it.") var region: String?

        func run() async throws {
            guard let format = ProjectFileFormat(rawValue: URL(fileURLWithPath: output).pathExtension.lowercased()) else {
                throw CLIError("--output must end in .csv or .xlsx.")
            }
            let bytes = try await storeOptions.withStore { store in
                try await PromotionService(store: store).exportProjects(ProjectQuery(region: region), format: format, by: .system)
            }
            guard FileManager.default.createFile(atPath: output, contents: Data(bytes)) else { throw CLIError("Cannot write \(output).") }
            Console.line("wrote \(output) (\(bytes.count) bytes)")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List projects with their stage, progress and flags.")
        @OptionGroup var storeOptions: StoreOptions
        @Option(help: "Only this region and everything below it.") var region: String?
        @Option(help: "At most this many.") var limit = 50

        func run() async throws {
            let (total, views) = try await storeOptions.withStore { store in
                let page = try await store.projects.list(ProjectQuery(region: region, limit: limit), for: .system)
                return (page.total, try await PromotionService(store: store).views(page.items))
            }
            let rows = views.map { view in
                [view.project.code, view.project.nameZh, view.project.region, view.project.stage.rawValue,
                 view.project.progress.map { String(format: "%.0f %%", $0) } ?? "—", view.flags.map(\.kind.rawValue).joined(separator: ", ")]
            }
            Console.line(TextTable.render(header: ["code", "name", "region", "stage", "progress", "flags"], rows: rows))
            Console.line("\(views.count) of \(total) projects")
        }
    }

    struct Status: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Each measure's tasks, projects, investment, progress and lateness.")
        @OptionGroup var storeOptions: StoreOptions
        @Option(help: "Region (default: the policy's).") var region: String?
        @Option(help: "Policy id.") var policy = Policy.builtInID

        func run() async throws {
            let report = try await storeOptions.withStore { store in
                try await PromotionService(store: store).measureStatus(policyID: policy, region: region, by: .system)
            }
            let rows = report.measures.map { measure in
                ["(\(measure.measure))", measure.titleZh, "\(measure.tasksDone)/\(measure.tasks)", String(measure.tasksOverdue), String(measure.projects),
                 String(format: "%.0f", measure.budget), String(format: "%.0f", measure.actualInvestment),
                 measure.meanProgress.map { String(format: "%.0f %%", $0) } ?? "—", String(measure.lateProjects)]
            }
            Console.line(TextTable.render(header: ["measure", "title", "tasks done", "overdue", "projects", "budget 万元", "invested 万元", "progress", "late"], rows: rows))
        }
    }
}

extension CitationRule: ExpressibleByArgument {}
extension ProjectFileFormat: ExpressibleByArgument {}
