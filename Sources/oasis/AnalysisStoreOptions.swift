import ArgumentParser
import Foundation
import OasisCore
import OasisRouting
import OasisServices

/// The options of `oasis analyse access|shelters` that read the layers from the store and record the results:
/// `--database` (with `--config`), `--region`, `--record` and `--period`.
struct AnalysisStoreOptions: ParsableArguments {
    @OptionGroup var store: StoreOptions
    @Option(help: "Division code: analyse the layers' features in this region and below (default: every region).") var region: String?
    @Flag(help: "Write the figures for the health check (P04–P12, U22) and, for access, the per-residence results into the access layer.")
    var record = false
    @Option(help: "The year the recorded figures are for (required with --record; default: the current year).") var period: Int?

    /// True when the layers come from the store: a database or config file was named, or --record asks for it.
    var readsStore: Bool { store.database != nil || store.config != nil || record }

    func validate() throws {
        if record, period == nil { throw ValidationError("--record needs --period, the year the figures are for.") }
        if let period, !(1900...2200).contains(period) { throw ValidationError("--period takes a year such as 2026.") }
        _ = try regionCode()
    }

    /// The region's code; a malformed one is a usage error naming the option.
    func regionCode() throws -> String? {
        guard let region else { return nil }
        do { return try RegionCode(region).rawValue } catch { throw ValidationError("--region: \(error.message)") }
    }

    /// Loads the network, opens the store and reads the layers of `--region` (and below), then hands them to
    /// `analyse` with the region and the period, which runs the analysis and records it when asked.
    func analyse<T>(
        _ networkOptions: NetworkOptions, console: ConsoleProgress, shelterClasses: [ShelterClass] = ShelterClass.defaults,
        _ analyse: (AccessAnalysisService, AccessAnalysisInputs, NetworkArtefact, String?, Int) async throws -> T
    ) async throws -> (AccessAnalysisInputs, T) {
        let region = try regionCode()
        let period = year
        let artefact = try networkOptions.load(progress: console.reporter)
        return try await store.withStore { store in
            let service = AccessAnalysisService(store: store)
            let inputs = try await service.inputs(region: region, classes: shelterClasses, by: .system)
            return (inputs, try await analyse(service, inputs, artefact, region, period))
        }
    }

    var year: Int { period ?? Calendar(identifier: .gregorian).component(.year, from: Date()) }

    /// The lines that say what the inputs left out and what a run recorded.
    static func describe(_ recorded: AnalysisRecordSummary?, withoutRegion: Int, withoutPopulation: Int) -> [String] {
        var lines: [String] = []
        if withoutRegion > 0 { lines.append("\(withoutRegion) residence(s) without a region: analysed, but counted in no region's figure") }
        if withoutPopulation > 0 { lines.append("\(withoutPopulation) residence(s) without a population: left out") }
        if let recorded {
            lines.append(
                "recorded \(recorded.figures) figure(s) of analysis \"\(recorded.analysis)\" for \(recorded.period) in \(recorded.regions.count) region(s): "
                    + (recorded.regions.isEmpty ? "none" : recorded.regions.joined(separator: ", ")))
            if recorded.analysis == AccessAnalysisService.accessAnalysis {
                lines.append(
                    "access layer: \(recorded.layerFeaturesWritten) residence result(s) written, \(recorded.layerFeaturesReplaced) previous replaced")
            }
        }
        return lines
    }
}
