import ArgumentParser
import Foundation
import OasisCore
import OasisImport
import OasisServices
import OasisStore

/// `oasis lifeline …`: the lifeline registry (assets, sensors), readings from CSV files and the alert queue.
struct LifelineCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lifeline",
        abstract: "Lifeline safety: import and list assets and sensors, import readings, list alerts; the register of major hazard sources.",
        subcommands: [
            LifelineAssetsCommand.self, LifelineSensorsCommand.self, LifelineReadingsCommand.self, LifelineAlertsCommand.self,
            LifelineHazardsCommand.self,
        ])

    /// The service over an open store, with the taxonomy the operator loaded.
    static func service(_ store: Store) async throws -> LifelineService {
        LifelineService(store: store, cases: CaseService(store: store, taxonomy: try await CaseService.storedTaxonomy(store)))
    }
}

/// `oasis lifeline assets import FILE.geojson | list`.
struct LifelineAssetsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assets", abstract: "Import lifeline assets from GeoJSON, or list them.", subcommands: [Import.self, List.self])

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Import assets from a GeoJSON FeatureCollection of Points and LineStrings (properties code, name, kind, ownerUnit, region). Known codes are replaced; all or nothing."
        )
        @OptionGroup var storeOptions: StoreOptions
        @Argument(help: "The GeoJSON file.") var file: String
        @Option(help: "The coordinates' system when the file has no crs member: wgs84, cgcs2000, gcj02, webmercator.") var crs: String?
        @Option(help: "Division code of assets naming none.") var region: String?
        @OptionGroup var output: OutputOptions

        func run() async throws {
            let system: CoordinateSystem?
            do {
                system = try crs.map { name throws(OasisError) in try SpatialLayerService.coordinateSystem(named: name) }
            } catch {
                throw ValidationError(CommandLineEdge.message(for: error))
            }
            let bytes = try StoreOptions.read(file)
            let summary = try await storeOptions.withStore { store in
                try await InputError.naming(file) {
                    try await LifelineCommand.service(store).importAssets(
                        geoJSON: bytes, coordinateSystem: system, defaultRegion: region, by: .system)
                }
            }
            try output.emit(summary) { "\(file): \(summary.inserted) assets added, \(summary.updated) replaced" }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the assets.")
        @OptionGroup var storeOptions: StoreOptions
        @Option(help: "Only assets of this region and below.") var region: String?
        @OptionGroup var output: OutputOptions

        func run() async throws {
            let assets = try await storeOptions.withStore { store in try await store.lifeline.assets(region: region, for: .system) }
            try output.emit(assets) {
                TextTable.render(
                    header: ["code", "name", "kind", "owner", "region", "length_m"],
                    rows: assets.map { [$0.code, $0.name, $0.kind.rawValue, $0.ownerUnit, $0.region, String(format: "%.1f", $0.lengthMeters)] })
                    + "\n\(assets.count) assets"
            }
        }
    }
}

/// `oasis lifeline sensors import FILE.csv | list`.
struct LifelineSensorsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sensors", abstract: "Import lifeline sensors from CSV, or list them.", subcommands: [Import.self, List.self])

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Import sensors from CSV or XLSX (code,quantity,unit,asset,rules or their Chinese names; rules a JSON array; `oasis templates write lifeline-sensors` writes the template). Known codes are replaced; all or nothing."
        )
        @OptionGroup var storeOptions: StoreOptions
        @Argument(help: "The CSV or XLSX file.") var file: String
        @OptionGroup var output: OutputOptions

        func run() async throws {
            let bytes = try StoreOptions.read(file)
            let summary = try await storeOptions.withStore { store in
                try await InputError.naming(file) {
                    try await LifelineCommand.service(store).importSensors(bytes, fileName: file, by: .system)
                }
            }
            try output.emit(summary) { "\(file): \(summary.inserted) sensors added, \(summary.updated) replaced" }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the sensors.")
        @OptionGroup var storeOptions: StoreOptions
        @Option(help: "Only the sensors of this asset.") var asset: String?
        @OptionGroup var output: OutputOptions

        func run() async throws {
            let sensors = try await storeOptions.withStore { store in try await store.lifeline.sensors(asset: asset, for: .system) }
            try output.emit(sensors) {
                TextTable.render(
                    header: ["code", "quantity", "unit", "asset", "rules"],
                    rows: sensors.map { [$0.code, $0.quantity.rawValue, $0.unit, $0.asset, $0.rules.map(\.kind.rawValue).joined(separator: ",")] })
                    + "\n\(sensors.count) sensors"
            }
        }
    }
}

/// `oasis lifeline readings import FILE.csv`.
struct LifelineReadingsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "readings", abstract: "Import readings from CSV.", subcommands: [Import.self])

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Import readings from CSV (sensor,time,value; time ISO-8601 or Unix milliseconds), run through the sensors' rules. A repeated (sensor, time) is ignored; all or nothing."
        )
        @OptionGroup var storeOptions: StoreOptions
        @Argument(help: "The CSV file.") var file: String
        @OptionGroup var output: OutputOptions

        func run() async throws {
            let bytes = try StoreOptions.read(file)
            let summary = try await storeOptions.withStore { store in
                try await InputError.naming(file) {
                    let read = try LifelineReadingCSVReader().read(bytes)
                    let lines = read.lines
                    return try await LifelineCommand.service(store).ingest(read.readings, by: .system) { index in
                        OasisError.Detail(line: lines[index], reason: "")
                    }
                }
            }
            try output.emit(summary) {
                "\(file): \(summary.stored) readings stored, \(summary.duplicates) already stored, \(summary.alertChanges) alert changes"
            }
        }
    }
}

/// `oasis lifeline alerts list`.
struct LifelineAlertsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "alerts", abstract: "List lifeline alerts.", subcommands: [List.self])

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the alerts, newest first.")
        @OptionGroup var storeOptions: StoreOptions
        @Option(help: "Only alerts of this status (open, acknowledged, dispatched, resolved, closed).") var status: String?
        @OptionGroup var output: OutputOptions

        static func row(_ alert: LifelineAlert) -> [String] {
            let rule = "\(alert.rule) \(alert.ruleKind.rawValue)"
            let opened = alert.openedAt.formatted(.iso8601)
            let caseID = alert.caseID.map { String($0) } ?? "—"
            return [String(alert.id), alert.sensor, rule, alert.level.romanNumeral, alert.status.rawValue, opened, caseID]
        }

        func run() async throws {
            var statuses: [LifelineAlertStatus] = []
            if let status {
                guard let parsed = LifelineAlertStatus(rawValue: status) else { throw ValidationError("--status: \(status) is not a status") }
                statuses = [parsed]
            }
            let alerts = try await storeOptions.withStore { store in try await store.lifeline.alerts(statuses: statuses, for: .system) }
            try output.emit(alerts) {
                TextTable.render(
                    header: ["id", "sensor", "rule", "level", "status", "opened", "case"],
                    rows: alerts.map(Self.row)) + "\n\(alerts.count) alerts"
            }
        }
    }
}
