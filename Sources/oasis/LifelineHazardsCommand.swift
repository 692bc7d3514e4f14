import ArgumentParser
import Foundation
import OasisCore
import OasisServices
import OasisStore

/// `oasis lifeline hazards import FILE.csv | list`: the register of major hazard sources (GB 18218-2018).
struct LifelineHazardsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hazards", abstract: "Import the register of major hazard sources from CSV or XLSX, or list it with GB 18218-2018's figures.",
        subcommands: [Import.self, List.self])

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Import hazard sources from CSV or XLSX (`oasis templates write major-hazards` writes the template), one row per source and substance (code,name_zh,name_en,name_ug,owner_unit,region,longitude,latitude,exposed_people,substance,tonnes). Known codes are replaced; all or nothing."
        )
        @OptionGroup var storeOptions: StoreOptions
        @Argument(help: "The CSV or XLSX file.") var file: String
        @OptionGroup var output: OutputOptions

        func run() async throws {
            let bytes = try StoreOptions.read(file)
            let summary = try await storeOptions.withStore { store in
                try await InputError.naming(file) { try await MajorHazardService(store: store).importFile(bytes, fileName: file, by: .system) }
            }
            try output.emit(summary) { "\(file): \(summary.inserted) hazard sources added, \(summary.updated) replaced" }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the hazard sources with α, S = Σq/Q, R and the grade.")
        @OptionGroup var storeOptions: StoreOptions
        @Option(help: "Only sources of this region and below.") var region: String?
        @OptionGroup var output: OutputOptions

        static func row(_ source: MajorHazardSource) -> [String] {
            let figures = source.figures
            return [
                source.code, source.names.text(in: .zhHans), source.ownerUnit, source.region, String(source.exposedPeople),
                String(format: "%.1f", figures?.alpha ?? 0), String(format: "%.3f", figures?.ratioSum ?? 0), String(format: "%.2f", figures?.r ?? 0),
                figures?.grade.map { String($0.rawValue) } ?? "—",
            ]
        }

        func run() async throws {
            let sources = try await storeOptions.withStore { store in try await MajorHazardService(store: store).sources(region: region, by: .system)
            }
            try output.emit(sources) {
                TextTable.render(header: ["code", "name", "owner", "region", "people", "alpha", "S", "R", "grade"], rows: sources.map(Self.row))
                    + "\n\(sources.count) hazard sources"
            }
        }
    }
}
