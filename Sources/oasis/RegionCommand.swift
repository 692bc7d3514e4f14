import Logging
import ArgumentParser
import Foundation
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

        func run() async throws {
            let configuration = try storeOptions.resolve()
            guard let data = FileManager.default.contents(atPath: file) else { throw CLIError("Cannot read \(file).") }
            let regions: [Region]
            do {
                regions = try RegionCSVReader().read(Array(data))
            } catch {
                throw CLIError("\(file): \(error.description)")
            }
            let store = try await storeOptions.openStore(configuration, logger: .oasis(level: .warning))
            defer { Task { await store.close() } }
            do {
                let summary = try await store.regions.upsert(regions, by: .system)
                print("\(file): \(summary.inserted) inserted, \(summary.updated) updated, \(summary.unchanged) unchanged")
            } catch let error as OasisError {
                throw CLIError("\(file): \(error.description)")
            }
        }
    }

    struct Areas: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import regions' areas from a GeoJSON FeatureCollection (each feature's division code in a property), so that cases with only a location get their region."
        )
        @OptionGroup var storeOptions: StoreOptions
        @Argument(help: "The GeoJSON file.") var file: String
        @Option(help: "The property holding the division code.") var codeProperty = "adcode"
        @Option(help: "The coordinates' system: wgs84, cgcs2000, gcj02 or webmercator (converted to WGS-84).") var crs: String = "wgs84"

        func run() async throws {
            guard let system = CoordinateSystem(name: crs) else { throw CLIError("--crs takes \(CoordinateSystem.acceptedNames).") }
            let areas: [(region: String, area: BoundaryArea)]
            do {
                areas = try RegionAreaGeoJSONReader.read(try StoreOptions.read(file), codeProperty: codeProperty, coordinateSystem: system)
            } catch let error as OasisError {
                throw CLIError("\(file): \(error.description)")
            }
            try await storeOptions.withStore { store in try await store.regionAreas.save(areas, by: .system) }
            Console.line("\(file): \(areas.count) region areas stored (WGS-84)")
        }
    }
}
