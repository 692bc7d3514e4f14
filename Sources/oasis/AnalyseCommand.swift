import ArgumentParser
import Foundation
import OasisCore
import OasisOSM
import OasisRouting
import OasisServices

/// `oasis analyse access`: walking distance from every node of the network to the nearest facility of each
/// type, and the share of nodes within each time; with the store (`--database`, `--record`), the population
/// coverage of the stored residences under GB 50180 (`AnalyseCommand.Access.runOnStore`).
struct AnalyseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyse", abstract: "Analyses on the walking network.",
        subcommands: [
            Access.self, AnalyseSheltersCommand.self, AnalyseIsochroneCommand.self, AnalyseCommunitiesCommand.self, AnalyseStandardsCommand.self,
        ])

    struct Access: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Nearest-facility walking distances for all nodes; the share of nodes within each number of minutes, per facility type.",
            discussion:
                "With --database (or --record) it reads the residences and facilities layers instead and reports the population-weighted GB 50180 living-circle coverage per region; --record writes P04–P12 for the health check and each residence's walking distances into the access layer."
        )
        @OptionGroup var networkOptions: NetworkOptions
        @Option(help: "Facility types, comma-separated (default: every type in the artefact).") var types: String?
        @Option(help: "Minutes, comma-separated.") var minutes: String = "5,10,15"
        @Option(
            help:
                "Walking speed, metres per minute (default 60; with the store, every tier's distance becomes minutes × speed instead of GB 50180's metres)."
        )
        var speed: Double?
        @OptionGroup var standardsOptions: StandardsOptions
        @OptionGroup var output: OutputOptions
        @Option(
            help:
                "Also write an SVG map: the network, the facilities, and every node coloured by walking minutes to the nearest facility of --map-type."
        )
        var map: String?
        @Option(help: "The type the map colours nodes by (default: the first of --types).") var mapType: String?
        @OptionGroup var analysis: AnalysisStoreOptions
        @OptionGroup var progress: ProgressOptions

        func validate() throws {
            if analysis.readsStore, types != nil || map != nil || mapType != nil {
                throw ValidationError(
                    "--types, --map and --map-type belong to the network-only mode; with the store the GB 50180 types are analysed for the stored residences."
                )
            }
            guard !minuteList.isEmpty, minuteList.allSatisfy(NumericDomain.walkingMinutes.contains) else {
                throw ValidationError("--minutes takes numbers in \(NumericDomain.walkingMinutes.rangeText), such as 5,10,15.")
            }
            if let speed, let reason = NumericDomain.walkingSpeed.reason(speed) { throw ValidationError("--speed: \(reason).") }
        }

        var minuteList: [Double] {
            minutes.split(separator: ",").compactMap { DecimalText.number($0.trimmingCharacters(in: .whitespaces)) }
        }

        func run() async throws {
            let console = progress.console()
            if analysis.readsStore { return try await runOnStore(console) }
            let speed = self.speed ?? 60
            let artefact = try networkOptions.load(progress: console.reporter)
            let available = artefact.sourcesByType
            let chosen = types.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } } ?? available.keys.sorted()
            // A type the facility rules know but the network lacks is a finding (0 % covered), not an error; a name
            // neither the rules nor the network know is a typo.
            let known = Set(FacilityRules.builtIn.types.map(\.rawValue)).union(available.keys)
            let unknown = chosen.filter { !known.contains($0) }
            guard unknown.isEmpty else {
                throw ValidationError(
                    "--types: \(unknown.joined(separator: ", ")) is not a facility type; "
                        + "the types are \(known.sorted().joined(separator: ", ")).")
            }
            let missing = chosen.filter { available[$0] == nil }
            let limit = (minuteList.max() ?? 15) * speed
            let start = ContinuousClock.now
            let distances = FacilityDistances(
                graph: artefact.graph, sources: available.filter { chosen.contains($0.key) }, limit: limit,
                progress: console.reporter)
            let elapsed = ContinuousClock.now - start
            var rows: [[String]] = []
            var result: [String: [String: Double]] = [:]
            let coverage = console.reporter.start(.coverage, total: chosen.count)
            for type in chosen {
                defer { coverage.advance() }
                let values = distances.byType[type] ?? []
                var shares: [String: Double] = [:]
                for minute in minuteList {
                    let within = values.filter { $0 <= minute * speed }.count
                    shares[String(format: "%g", minute)] = values.isEmpty ? 0 : Double(within) / Double(values.count) * 100
                }
                result[type] = shares
                rows.append(
                    [type, String(available[type]?.count ?? 0)] + minuteList.map { String(format: "%.1f %%", shares[String(format: "%g", $0)] ?? 0) })
            }
            coverage.finish()
            if let map, let mapType = mapType ?? chosen.first {
                guard chosen.contains(mapType) else {
                    throw ValidationError("--map-type \(mapType) is not one of the analysed types \(chosen.joined(separator: ", ")).")
                }
                let svg = AccessMap.make(
                    artefact: artefact, distances: distances, types: chosen, colourBy: mapType, minutes: minuteList, speed: speed
                ).render()
                try InputError.naming("\(map): cannot write the map") { try Data(svg.utf8).write(to: URL(fileURLWithPath: map), options: .atomic) }
            }
            if !missing.isEmpty {
                output.note("The network has no facility of type \(missing.joined(separator: ", ")): 0 % of its nodes are covered.")
            }
            try output.emit(result) {
                TextTable.render(header: ["type", "facilities"] + minuteList.map { String(format: "≤ %g min", $0) }, rows: rows)
                    + "\nshare of network nodes within each walking time at \(String(format: "%g", speed)) m/min; \(chosen.count) type(s) from "
                    + "\(artefact.graph.nodeCount) nodes within \(Int(limit)) m searched in \(elapsed)"
            }
        }
    }
}
