import ArgumentParser
import Foundation
import OasisCore
import OasisRouting

/// `oasis analyse communities`: the complete-community checklist (2020 standard) of each community — which
/// required facility types lie within walking distance of its centre, how far, and which are missing.
struct AnalyseCommunitiesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "communities",
        abstract: "The complete-community checklist per community: required facilities within walking distance, and those missing.",
        discussion:
            "Communities: CSV (community,lon,lat) or a GeoJSON FeatureCollection of Points with a `community` property, WGS-84. Required types (default): \(CompleteCommunityStandard.default.requiredTypes.joined(separator: ", "))."
    )
    @OptionGroup var networkOptions: NetworkOptions
    @Option(help: "The communities' centres: CSV (community,lon,lat) or GeoJSON Points with a community property.") var communities: String
    @Option(help: "Walking distance in metres within which a facility counts (default 500, or the standards file's).") var distance: Double?
    @Option(help: "Required facility types, comma-separated (default: the 2020 standard's, or the standards file's).") var types: String?
    @OptionGroup var standardsOptions: StandardsOptions
    @Option(help: "Output: table or json (the same as --json).") var format: String = "table"
    @OptionGroup var progress: ProgressOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if let distance, let reason = NumericDomain.walkingDistance.reason(distance) { throw ValidationError("--distance: \(reason).") }
        guard ["table", "json"].contains(format) else { throw ValidationError("--format takes table or json.") }
    }

    /// `--json` or `--format json` print JSON.
    var printing: OutputOptions {
        var printing = output
        printing.json = output.json || format == "json"
        return printing
    }

    func run() async throws {
        let console = progress.console()
        let records = try PointFileReader.read(communities, required: ["community"])
        guard !records.isEmpty else { throw CLIError("\(communities): no communities in the file.") }
        let centres = try records.map { (key: try $0.text("community", file: communities), longitude: $0.longitude, latitude: $0.latitude) }
        let base = try standardsOptions.load().completeCommunity
        let required =
            types.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } } ?? base.requiredTypes
        let distance = self.distance ?? base.distance
        let standard = CompleteCommunityStandard(distance: distance, requiredTypes: required)
        let wanted = Set(required.flatMap { $0.split(separator: "|").map(String.init) })
        let artefact = try networkOptions.load(progress: console.reporter)
        let available = artefact.sourcesByType
        let distances = FacilityDistances(
            graph: artefact.graph, sources: available.filter { wanted.contains($0.key) }, limit: distance,
            progress: console.reporter)
        let checklists = CommunityChecklist.check(centres, standard: standard, network: artefact.accessNetwork(), distances: distances)
        let printing = printing
        let absent = required.filter { type in !type.split(separator: "|").contains { available[String($0)] != nil } }
        if !absent.isEmpty { printing.note("The network has no facilities of type \(absent.joined(separator: ", ")): every community misses them.") }
        try printing.emit(CommunityChecklistReport(distance: distance, checklists: checklists)) {
            let rows = checklists.map { checklist in
                [
                    checklist.community, checklist.isComplete ? "yes" : "no", "\(required.count - checklist.missing.count)/\(required.count)",
                    checklist.missing.joined(separator: ", "),
                ]
            }
            return TextTable.render(header: ["community", "complete", "present", "missing within \(Int(distance)) m"], rows: rows)
        }
    }
}
