import ArgumentParser
import Foundation
import OasisCore
import OasisRouting
import OasisServices

/// `oasis analyse shelters`: each shelter's capacity (effective area ÷ its class's per-capita area) against
/// the people living within its service radius by walking distance, and per district its capacity,
/// population, surplus or deficit and shelter area per person.
struct AnalyseSheltersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shelters",
        abstract: "Shelter capacity against the population within each shelter's walking service radius, per shelter and per district."
    )
    @OptionGroup var networkOptions: NetworkOptions
    @Option(
        help:
            "Shelters: CSV (id,name,lon,lat,effective_area_m2,class[,district]) or a GeoJSON FeatureCollection of Points with those properties; class is emergency, short_term, medium_term or long_term."
    )
    var shelters: String?
    @Option(help: "Residences: CSV (id,lon,lat,population[,district]) or a GeoJSON FeatureCollection of Points with those properties.")
    var residences: String?
    @Option(help: "Output: table, csv or json (json is the same as --json).") var format: String = "table"
    @OptionGroup var analysis: AnalysisStoreOptions
    @OptionGroup var standardsOptions: StandardsOptions
    @OptionGroup var progress: ProgressOptions
    @OptionGroup var output: OutputOptions

    /// `--json` is `--format json`.
    var chosenFormat: String { output.json ? "json" : format }

    func validate() throws {
        guard ["table", "csv", "json"].contains(format) else { throw ValidationError("--format takes table, csv or json.") }
        if output.json, format == "csv" { throw ValidationError("--json and --format csv ask for different outputs; give one.") }
        guard (shelters == nil) == (residences == nil) else {
            throw ValidationError("Give both --shelters and --residences, or neither to read the store's layers.")
        }
        if shelters != nil, analysis.record {
            throw ValidationError("--record reads the layers from the store: give --database without --shelters and --residences.")
        }
    }

    func run() async throws {
        let console = progress.console()
        let input: ShelterInput
        let result: (shelters: [ShelterAssessment], districts: [DistrictShelterSummary])
        var notes: [String] = []
        let classes = try standardsOptions.load().shelterClasses
        if let shelters, let residences {
            input = try ShelterInput.read(shelters: shelters, residences: residences, classes: classes)
            let artefact = try networkOptions.load(progress: console.reporter)
            let access = artefact.accessNetwork()
            let attached = AttachedResidence.attach(input.residences, to: access)
            result = ShelterCapacity.assess(input.shelters, residences: attached, network: access, progress: console.reporter)
        } else {
            let (inputs, (outcome, recorded)) = try await analysis.analyse(networkOptions, console: console, shelterClasses: classes) {
                service, inputs, artefact, region, period in
                let outcome = service.shelters(inputs, network: artefact.accessNetwork(), period: period, progress: console.reporter)
                return (outcome, analysis.record ? try await service.record(outcome, period: period, region: region, by: .system) : nil)
            }
            input = ShelterInput(shelters: inputs.shelters, names: inputs.shelterNames, residences: inputs.points)
            result = (outcome.assessments, outcome.districts)
            notes =
                inputs.skippedShelters.map { "shelter left out: \($0)" }
                + AnalysisStoreOptions.describe(
                    recorded, withoutRegion: inputs.residencesWithoutRegion, withoutPopulation: inputs.residencesWithoutPopulation)
        }
        let report = ShelterReport(input: input, assessments: result.shelters, districts: result.districts)
        defer {
            // After the report; on standard error for csv and json, so that standard output stays one document.
            for line in notes {
                if chosenFormat != "table" { Console.errorLine(line) } else { Console.line(line) }
            }
        }
        switch chosenFormat {
        case "csv": Console.line(report.csv())
        case "json": Console.line(try JSONOutput.encode(report))
        default:
            Console.line(report.table())
            Console.line(
                "\(input.shelters.count) shelter(s), \(input.residences.count) residence(s); radius and per-capita area by class: "
                    + classes.map { "\($0.name) \(Int($0.serviceRadius)) m, \($0.perCapitaArea) m²/person" }.joined(separator: "; "))
        }
    }
}
