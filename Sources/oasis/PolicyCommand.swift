import ArgumentParser
import Foundation
import Logging
import OasisCore
import OasisImport
import OasisServices
import OasisStore

/// `oasis policy …` and the urban development boundary: the data the promotion mechanism checks against.
struct PolicyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policy", abstract: "List and load policies; set a region's urban development boundary.",
        subcommands: [List.self, Load.self, Boundary.self])

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the policies with their measure counts.")
        @OptionGroup var storeOptions: StoreOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var languageOptions: LanguageOptions

        func run() async throws {
            let policies = try await storeOptions.withStore { store in try await store.policies.list() }.map(PolicySummary.init)
            try output.emit(policies) {
                TextTable.render(
                    header: ["id", "level", "region", "issued", "measures", "title"],
                    rows: policies.map {
                        [$0.id, $0.level, $0.region ?? "—", $0.issuedOn, String($0.measures), $0.title(in: languageOptions.language ?? .zhHans)]
                    })
            }
        }
    }

    struct Load: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Load or replace a policy from JSON (the shape of `GET /api/v1/policies/{id}`).")
        @OptionGroup var storeOptions: StoreOptions
        @Argument(help: "The JSON file.") var file: String
        @OptionGroup var output: OutputOptions

        func run() async throws {
            let bytes = try StoreOptions.read(file)
            let policy = try await storeOptions.withStore { store in
                let policy = try Policy.decode(json: bytes, framework: try await store.frameworks.activeOrBuiltIn())
                try await store.policies.save(policy, by: .system)
                return PolicySummary(policy)
            }
            try output.emit(policy) { "loaded policy \(policy.id): \(policy.sections) sections, \(policy.measures) measures" }
        }
    }

    struct Boundary: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Set a region's urban development boundary from GeoJSON (WGS-84 polygons).")
        @OptionGroup var storeOptions: StoreOptions
        @Option(help: "Statistical division code of the region.") var region: String
        @Option(help: "A name for the boundary.") var name = "城镇开发边界 urban development boundary"
        @Argument(help: "The GeoJSON file.") var file: String
        @OptionGroup var output: OutputOptions

        func run() async throws {
            let bytes = try StoreOptions.read(file)
            let area = try InputError.naming(file) { try BoundaryGeoJSONReader.read(bytes) }
            try await storeOptions.withStore { store in try await store.boundaries.save(region: region, name: name, area: area, by: .system) }
            let result = BoundaryResult(region: region, name: name, polygons: area.polygons.count)
            try output.emit(result) { "boundary of \(region): \(area.polygons.count) polygon(s)" }
        }
    }
}
