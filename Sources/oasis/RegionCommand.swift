import ArgumentParser
import Foundation
import Logging
import OasisCore
import OasisImport
import OasisServices
import OasisStore

/// `oasis region import FILE.csv`: load regions of any province.
struct RegionCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "region", abstract: "Manage regions.", subcommands: [Import.self, Areas.self])

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import regions from CSV: code,parent_code,level,name_zh,name_en[,population,urban_population,census_year]. All or nothing."
        )
        @OptionGroup var storeOptions: StoreOptions
        @Argument(help: "The CSV file (UTF-8).") var file: String
        @OptionGroup var output: OutputOptions
        @OptionGroup var languageOptions: LanguageOptions

        func run() async throws {
            let bytes = try StoreOptions.read(file)
            let regions = try InputError.naming(file) { try RegionCSVReader().read(bytes) }
            let summary = try await storeOptions.withStore { store in
                try await InputError.naming(file) { try await store.regions.upsert(regions, by: .system) }
            }
            try output.emit(summary) { languageOptions.text("cli_regions_imported", file, summary.inserted, summary.updated, summary.unchanged) }
        }
    }

    struct Areas: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Import regions' areas from a GeoJSON FeatureCollection (each feature's division code in a property), so that cases with only a location get their region."
        )
        @OptionGroup var storeOptions: StoreOptions
        @Argument(help: "The GeoJSON file.") var file: String
        @Option(help: "The property holding the division code.") var codeProperty = "adcode"
        @Option(help: "The coordinates' system: wgs84, cgcs2000, gcj02 or webmercator (converted to WGS-84).") var crs: String = "wgs84"
        @OptionGroup var output: OutputOptions
        @OptionGroup var languageOptions: LanguageOptions

        func validate() throws {
            guard CoordinateSystem(name: crs) != nil else { throw ValidationError("--crs takes \(CoordinateSystem.acceptedNames).") }
        }

        func run() async throws {
            let system = CoordinateSystem(name: crs) ?? .wgs84
            let bytes = try StoreOptions.read(file)
            let areas = try InputError.naming(file) {
                try RegionAreaGeoJSONReader.read(bytes, codeProperty: codeProperty, coordinateSystem: system)
            }
            try await storeOptions.withStore { store in try await store.regionAreas.save(areas, by: .system) }
            let result = RegionAreasResult(file: file, areas: areas.count)
            try output.emit(result) { languageOptions.text("cli_region_areas_stored", file, areas.count) }
        }
    }
}
