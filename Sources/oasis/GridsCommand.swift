import ArgumentParser
import OasisCore
import OasisServices
import OasisStore

/// `oasis grids …`: grid management (网格化管理) — import the grids from GeoJSON, list them with their figures, and
/// assign or release grid workers.
struct GridsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grids", abstract: "Import and list the grids of grid management, and assign grid workers.",
        subcommands: [Import.self, List.self, Assign.self, Release.self])

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Import grids from a GeoJSON FeatureCollection of Polygon/MultiPolygon features with the properties code, name and region; closed, simple rings only; all or nothing (audited)."
        )
        @OptionGroup var storeOptions: StoreOptions
        @Argument(help: "The GeoJSON file.") var file: String
        @Option(help: "The coordinates' system: wgs84, cgcs2000, gcj02 or webmercator (converted to WGS-84).") var crs: String = "wgs84"
        @OptionGroup var output: OutputOptions
        @OptionGroup var languageOptions: LanguageOptions

        func validate() throws {
            guard CoordinateSystem(name: crs) != nil else { throw ValidationError("--crs takes \(CoordinateSystem.acceptedNames).") }
        }

        func run() async throws {
            let bytes = try StoreOptions.read(file)
            let summary = try await storeOptions.withStore { store in
                try await InputError.naming(file) {
                    try await GridService(cases: CaseService(store: store)).importGrids(
                        geoJSON: bytes, coordinateSystem: CoordinateSystem(name: crs) ?? .wgs84, by: .system)
                }
            }
            try output.emit(summary) { languageOptions.text("cli_grids_imported", file, summary.imported) }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the grids with their workers and figures: found on patrol, reported by citizens, closed, closed on time.")
        @OptionGroup var storeOptions: StoreOptions
        @OptionGroup var output: OutputOptions

        func run() async throws {
            let (figures, workers) = try await storeOptions.withStore { store in
                (try await store.grids.metrics(for: .system), try await store.grids.workers())
            }
            let byGrid = Dictionary(grouping: workers, by: \.grid)
            try output.emit(figures) {
                TextTable.render(
                    header: ["code", "name", "workers", "patrol", "citizen", "closed", "on time"],
                    rows: figures.map {
                        [
                            $0.grid, $0.name, (byGrid[$0.grid] ?? []).map(\.username).joined(separator: ","), "\($0.patrol)", "\($0.citizen)",
                            "\($0.closed)", "\($0.closedOnTime)",
                        ]
                    }) + "\n\(figures.count) grids"
            }
        }
    }

    struct Assign: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Assign a user to patrol a grid (audited).")
        @OptionGroup var storeOptions: StoreOptions
        @Option(help: "The grid's code.") var grid: String
        @Option(help: "The user's name.") var user: String
        @OptionGroup var output: OutputOptions
        @OptionGroup var languageOptions: LanguageOptions

        func run() async throws {
            let worker = try await storeOptions.withStore { store in try await store.grids.assign(user, to: grid, by: .system) }
            try output.emit(worker) { languageOptions.text("cli_grid_assigned", worker.username, worker.grid) }
        }
    }

    struct Release: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "unassign", abstract: "End a user's assignment to a grid (audited).")
        @OptionGroup var storeOptions: StoreOptions
        @Option(help: "The grid's code.") var grid: String
        @Option(help: "The user's name.") var user: String
        @OptionGroup var output: OutputOptions
        @OptionGroup var languageOptions: LanguageOptions

        func run() async throws {
            try await storeOptions.withStore { store in try await store.grids.unassign(user, from: grid, by: .system) }
            try output.emit(["grid": grid, "user": user]) { languageOptions.text("cli_grid_unassigned", user, grid) }
        }
    }
}
