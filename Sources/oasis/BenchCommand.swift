import ArgumentParser
import Foundation
import Logging
import OasisCore
import OasisImport
import OasisOSM
import OasisServices
import OasisStore

/// `oasis bench …`: timings of Oasis's own hot paths, for `bench/` scripts (release builds). Not tests.
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench", abstract: "Time Oasis's hot paths (used by bench/).",
        subcommands: [ImportValues.self, Evaluate.self, MeasureStatus.self, OSMRead.self, CaseMetricsTiming.self, LifelineData.self])

    struct ImportValues: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import-values",
            abstract: "Import an indicator-value CSV or XLSX file and print the time of each step as JSON.")
        @OptionGroup var storeOptions: StoreOptions
        @Argument(help: "The CSV or XLSX file.") var file: String
        @Flag(help: "Also refresh the problem ledger and time it.") var ledger = false
        @Flag(help: "Also time parsing and validation on their own (before the real import).") var phases = false

        func run() async throws {
            try await storeOptions.withStore { store in
                let start = ContinuousClock.now
                let bytes = try StoreOptions.read(file)
                let service = EvaluationService(store: store)
                // Phases, timed separately on a copy of the work (parse, validate), then the real import end to end.
                var phaseSeconds: (parse: Double, validate: Double) = (-1, -1)
                if phases {
                    let parseStart = ContinuousClock.now
                    let table = try CSVParser().parse(bytes)
                    let parsed = ContinuousClock.now
                    let context = ValueImportContext(
                        regionCodes: Set(try await store.regions.list().map(\.code.rawValue)),
                        framework: try await store.frameworks.activeOrBuiltIn(), currentYear: 2100, defaultSource: file)
                    _ = try IndicatorValueReader(context: context).read(TabularData(csv: table))
                    phaseSeconds = ((parsed - parseStart).seconds, (ContinuousClock.now - parsed).seconds)
                }
                let importStart = ContinuousClock.now
                let outcome = try await service.importValues(bytes, fileName: file, acceptValid: false, refreshLedger: false, by: .system)
                let imported = ContinuousClock.now
                var ledgerSeconds: Double?
                if ledger {
                    try await service.refreshLedger(by: .system)
                    ledgerSeconds = (ContinuousClock.now - imported).seconds
                }
                let seconds = (imported - importStart).seconds
                _ = start
                let report: [String: Double] = [
                    "rows": Double(outcome.rowCount), "written": Double(outcome.record?.written ?? 0), "seconds": seconds,
                    "rowsPerSecond": Double(outcome.rowCount) / seconds, "ledgerSeconds": ledgerSeconds ?? -1,
                    "parseSeconds": phaseSeconds.parse, "validateSeconds": phaseSeconds.validate,
                ]
                Console.line(try JSONOutput.encode(report))
            }
        }
    }

    struct Evaluate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Evaluate synthetic regions × indicators × periods in memory and print the time as JSON.")
        @Option(help: "Peer regions.") var regions = 300
        @Option(help: "Periods.") var periods = 10
        @Option(help: "Repetitions (the best is reported).") var repetitions: Int = 5

        func run() async throws {
            let framework = IndicatorFramework.builtIn
            let indicators = framework.indicators.filter { !$0.computed }
            let codes = (0..<regions).map { String(format: "99%04d", $0) }
            var observations: [IndicatorObservation] = []
            observations.reserveCapacity(regions * indicators.count * periods)
            var generator = SplitMix(seed: 42)
            for period in 0..<periods {
                for indicator in indicators {
                    for code in codes {
                        let value = indicator.isPercentage ? generator.next() * 100 : (generator.next() * 300).rounded()
                        observations.append(IndicatorObservation(region: code, indicator: indicator.code, period: 2016 + period, value: value))
                    }
                }
            }
            let engine = EvaluationEngine(framework: framework)
            var best = Double.infinity
            var checksum = 0.0
            for _ in 0..<repetitions {
                let start = ContinuousClock.now
                let result = engine.evaluate(observations, regions: codes)
                best = min(best, (ContinuousClock.now - start).seconds)
                checksum = result[2016 + periods - 1]?.compactMap(\.overall).reduce(0, +) ?? 0
            }
            let report: [String: Double] = [
                "regions": Double(regions), "indicators": Double(indicators.count), "periods": Double(periods),
                "values": Double(observations.count), "milliseconds": best * 1000, "checksum": checksum,
            ]
            Console.line(try JSONOutput.encode(report))
        }
    }
}

/// A small deterministic generator for synthetic benchmark data.
extension BenchCommand {
    struct CaseMetricsTiming: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "case-metrics",
            abstract:
                "Time the hotline metrics by unit, region, category and all from the rollups (best of N); write the figures for comparison; print JSON."
        )
        @OptionGroup var storeOptions: StoreOptions
        @Option(help: "Where to write the metrics (JSON) for comparison with a peer.") var output: String
        @Option(help: "Timed runs per dimension (the best is reported).") var repetitions = 5

        func run() async throws {
            try await storeOptions.withStore { store in
                // A fixed "as of", so that Oasis and its peer count the same open cases as due.
                let asOf = store.clock.now().wholeMilliseconds
                var milliseconds: [String: Double] = [:]
                var figures: [String: [CaseRepository.MetricsRow]] = [:]
                for dimension in CaseRollupDimension.allCases {
                    var best = Double.infinity
                    for _ in 0..<repetitions {
                        let start = ContinuousClock.now
                        figures[dimension.rawValue] = try await store.cases.metrics(dimension, byMonth: false, asOf: asOf, for: .system)
                        best = min(best, (ContinuousClock.now - start).seconds * 1000)
                    }
                    milliseconds[dimension.rawValue] = best
                }
                try StoreOptions.write(Data(try JSONOutput.encode(figures).utf8), to: output)
                let cases = figures["all"]?.first?.metrics.cases ?? 0
                struct Timing: Encodable {
                    var ms: [String: Double]
                    var cases: Int
                    var asOf: Double
                }
                Console.line(try JSONOutput.encode(Timing(ms: milliseconds, cases: cases, asOf: asOf.timeIntervalSince1970)))
            }
        }
    }

    struct OSMRead: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "osm-read", abstract: "Read an OSM PBF file repeatedly and print the timings as JSON.")
        @Argument(help: "The .osm.pbf file.") var file: String
        @Option(help: "Repetitions (best and median are reported).") var repetitions = 10
        @Option(help: "Decoding threads.") var threads = ProcessInfo.processInfo.activeProcessorCount

        func run() throws {
            Console.line(try OSMReadBenchmark.run(file: URL(fileURLWithPath: file), repetitions: repetitions, parallelism: threads).json)
        }
    }

    struct MeasureStatus: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "measure-status",
            abstract:
                "Seed a synthetic project library into an empty promotion store (once), then time the measure-status and delay views; prints JSON."
        )
        @OptionGroup var storeOptions: StoreOptions
        @Option(help: "Projects to seed.") var projects = 100_000
        @Option(help: "Progress reports to seed.") var reports = 1_000_000
        @Option(help: "Timed runs of each view (best and median are reported).") var repetitions = 7

        func run() async throws {
            try await storeOptions.withStore { store in
                var seedSeconds = 0.0
                if try await store.regions.count() == 0 { _ = try await Bootstrap.seedXinjiang(into: store) }
                if try await store.database.first("SELECT COUNT(*) AS n FROM projects")?.int("n") == 0 {
                    let start = ContinuousClock.now
                    try await PromotionBenchSeed(store: store, projects: projects, reports: reports).run()
                    seedSeconds = (ContinuousClock.now - start).seconds
                }
                let counts = try await store.database.first(
                    "SELECT (SELECT COUNT(*) FROM projects) AS p, (SELECT COUNT(*) FROM progress_reports) AS r")
                let service = PromotionService(store: store)
                var statusTimes: [Double] = []
                var delayTimes: [Double] = []
                var measured = 0
                for _ in 0..<repetitions {
                    let start = ContinuousClock.now
                    let report = try await service.measureStatus(region: "650000", by: .system)
                    statusTimes.append((ContinuousClock.now - start).seconds * 1000)
                    measured = report.measures.reduce(0) { $0 + $1.projects }
                    let delayStart = ContinuousClock.now
                    _ = try await service.delays(region: nil, by: .system)
                    delayTimes.append((ContinuousClock.now - delayStart).seconds * 1000)
                }
                statusTimes.sort()
                delayTimes.sort()
                let result: [String: Double] = [
                    "projects": Double(try counts?.int("p") ?? 0), "reports": Double(try counts?.int("r") ?? 0),
                    "projectMeasureLinks": Double(measured),
                    "seedSeconds": seedSeconds, "statusBestMs": statusTimes[0], "statusMedianMs": statusTimes[statusTimes.count / 2],
                    "delaysBestMs": delayTimes[0], "delaysMedianMs": delayTimes[delayTimes.count / 2],
                ]
                Console.line(try JSONOutput.encode(result))
            }
        }
    }
}

struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> Double {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Double((z ^ (z >> 31)) >> 11) / Double(1 << 53)
    }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
