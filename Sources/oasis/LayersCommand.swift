import ArgumentParser
import Foundation
import OasisCore
import OasisServices
import OasisStore

/// `oasis layers import LAYER FILE.geojson` and `oasis layers export LAYER > out.geojson`: the spatial layers
/// the living-circle and shelter analyses read.
struct LayersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "layers", abstract: "Import and export spatial layers (facilities, residences, shelters, communities).",
        subcommands: [Import.self, Export.self])

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Import a layer from a GeoJSON FeatureCollection: facilities (properties.type), residences (properties.population) or shelters (properties.class, properties.effective_area_m2). All or nothing."
        )
        @OptionGroup var storeOptions: StoreOptions
        @Argument(help: "facilities, residences, shelters or communities.") var layer: String
        @Argument(help: "The GeoJSON file.") var file: String
        @Option(
            help: "The coordinates' system when the file has no crs member: wgs84 (EPSG:4326), cgcs2000 (EPSG:4490), gcj02, webmercator (EPSG:3857).")
        var crs: String?
        @Option(help: "Division code: the region of features naming none (properties.region_code), and the part of the source replaced.") var region:
            String?
        @Option(help: "The source's name (default: the file's name without extension); --replace replaces what this source gave.") var source: String?
        @Flag(help: "Replace the features this source gave before (within --region when given) instead of adding to them.") var replace = false
        @OptionGroup var output: OutputOptions

        /// The layer, the coordinate system and the region named on the command line; a bad one is a usage error.
        func arguments() throws -> (layer: SpatialLayer, system: CoordinateSystem?, region: String?) {
            do {
                let system = try crs.map { name throws(OasisError) in try SpatialLayerService.coordinateSystem(named: name) }
                return (try SpatialLayerService.layer(named: layer), system, try region.map { try RegionCode($0).rawValue })
            } catch {
                throw ValidationError(CommandLineEdge.message(for: error))
            }
        }

        func validate() throws { _ = try arguments() }

        func run() async throws {
            let (layer, system, region) = try arguments()
            let source = source ?? URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
            let bytes = try StoreOptions.read(file)
            let outcome = try await storeOptions.withStore { store in
                try await InputError.naming(file) {
                    try await SpatialLayerService(store: store).importLayer(
                        layer, bytes: bytes, coordinateSystem: system, region: region, source: source,
                        replacing: replace, by: .system)
                }
            }
            let replaced = replace ? ", \(outcome.deleted) replaced" : ""
            let scope = outcome.region.map { " in region \($0)" } ?? ""
            try output.emit(outcome) {
                "\(file): \(outcome.inserted) \(outcome.layer.rawValue) stored from source \"\(outcome.source)\"\(scope)\(replaced) "
                    + "(converted from \(outcome.crs.identifier) to WGS-84)"
            }
        }
    }

    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write a layer as a GeoJSON FeatureCollection (WGS-84) to standard output.")
        @OptionGroup var storeOptions: StoreOptions
        @Argument(help: "facilities, residences, shelters, communities or access.") var layer: String
        @Option(help: "minLon,minLat,maxLon,maxLat: only features whose bounding box meets it.") var bbox: String?

        /// The layer and the box named on the command line; a bad one is a usage error.
        func arguments() throws -> (layer: SpatialLayer, box: SpatialBox?) {
            do {
                return (try SpatialLayerService.layer(named: layer), try bbox.map { text throws(OasisError) in try SpatialBox(parsing: text) })
            } catch {
                throw ValidationError(CommandLineEdge.message(for: error))
            }
        }

        func validate() throws { _ = try arguments() }

        func run() async throws {
            let (layer, box) = try arguments()
            try await storeOptions.withStore { store in
                try await SpatialLayerService(store: store).export(layer, bbox: box, by: .system) { text in
                    FileHandle.standardOutput.write(Data(text.utf8))
                }
            }
        }
    }
}
