import ArgumentParser
import OasisCore
import OasisRouting

/// `oasis analyse shelters`: each shelter's capacity (effective area ÷ its class's per-capita area) against
/// the people living within its service radius by walking distance, and per district its capacity,
/// population, surplus or deficit and shelter area per person.
struct AnalyseSheltersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shelters",
        abstract: "Shelter capacity against the population within each shelter's walking service radius, per shelter and per district."
    )
    @Option(help: "The network artefact (oasis network build).") var network: String
    @Option(help: "The OSM file it was built from, to refuse a stale artefact.") var osm: String?
    @Option(help: "Shelters: CSV (id,name,lon,lat,effective_area_m2,class[,district]) or a GeoJSON FeatureCollection of Points with those properties; class is emergency, short_term, medium_term or long_term.")
    var shelters: String
    @Option(help: "Residences: CSV (id,lon,lat,population[,district]) or a GeoJSON FeatureCollection of Points with those properties.")
    var residences: String
    @Option(help: "Output: table, csv or json.") var format: String = "table"
    @OptionGroup var progress: ProgressOptions

    func validate() throws {
        guard ["table", "csv", "json"].contains(format) else { throw ValidationError("--format takes table, csv or json.") }
    }

    func run() async throws {
        let console = progress.console()
        let input = try ShelterInput.read(shelters: shelters, residences: residences)
        let artefact = try NetworkCommand.load(network, osm: osm, progress: console.reporter)
        let access = artefact.accessNetwork()
        let attached = AttachedResidence.attach(input.residences, to: access)
        let result = ShelterCapacity.assess(input.shelters, residences: attached, network: access, progress: console.reporter)
        let report = ShelterReport(input: input, assessments: result.shelters, districts: result.districts)
        switch format {
        case "csv": Console.line(report.csv())
        case "json": Console.line(try report.json())
        default:
            Console.line(report.table())
            Console.line("\(input.shelters.count) shelter(s), \(input.residences.count) residence(s); radius and per-capita area by class: "
                + ShelterClass.defaults.map { "\($0.name) \(Int($0.serviceRadius)) m, \($0.perCapitaArea) m²/person" }.joined(separator: "; "))
        }
    }
}
