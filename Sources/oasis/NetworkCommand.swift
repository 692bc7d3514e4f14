import ArgumentParser
import Foundation
import OasisCore
import OasisOSM
import OasisRouting

/// `oasis network build|export`: the walking graph and its facilities from OSM, as a versioned artefact.
struct NetworkCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "network", abstract: "Build the walking network artefact from OSM; export it as CSV.",
        subcommands: [Build.self, Export.self])

    struct Build: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Read an OSM file (.osm.pbf, .osm, .osm.bz2, .osm.gz), keep the ways a pedestrian may use, classify the facilities, and write a versioned artefact."
        )
        @Argument(help: "The OSM file.") var file: String
        @Option(help: "The artefact to write (default: the OSM file's name with .oasisnet).") var output: String?
        @Option(help: "Facility rules (JSON, the shape of the built-in rules) instead of the built-in ones.") var rules: String?
        @OptionGroup var progress: ProgressOptions
        @OptionGroup var resultFormat: OutputOptions

        func run() async throws {
            let console = progress.console()
            let url = URL(fileURLWithPath: file)
            let rulesDocument = try rules.map { Data(try StoreOptions.read($0)) }
            let target = output ?? url.deletingPathExtension().deletingPathExtension().path + ".oasisnet"
            let start = ContinuousClock.now
            let artefact = try InputError.naming(file) {
                try NetworkArtefactBuilder(progress: console.reporter).build(file: url, rulesDocument: rulesDocument)
            }
            try InputError.naming(target) { try artefact.write(to: URL(fileURLWithPath: target), progress: console.reporter) }
            let elapsed = ContinuousClock.now - start
            let result = NetworkBuildResult(
                output: target, nodes: artefact.graph.nodeCount, edges: artefact.graph.targets.count / 2,
                facilities: artefact.facilities.count,
                facilitiesByType: Dictionary(grouping: artefact.facilities, by: \.type).mapValues(\.count))
            try resultFormat.emit(result) {
                (["\(result.nodes) nodes, \(result.edges) edges, \(result.facilities) facilities in \(elapsed)"]
                    + result.facilitiesByType.sorted { $0.key < $1.key }.map { "  \($0.key): \($0.value)" }).joined(separator: "\n")
            }
        }
    }

    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the artefact's nodes, edges and snapped facilities as CSV so that other tools can check the results.")
        @Argument(help: "The artefact.") var artefact: String
        @Option(help: "The folder to write nodes.csv, edges.csv and facilities.csv into.") var output: String
        @Option(help: "The OSM file it was built from, to refuse a stale artefact.") var osm: String?
        @OptionGroup var resultFormat: OutputOptions

        func run() async throws {
            let network = try NetworkCommand.load(artefact, osm: osm)
            try InputError.naming(output) {
                try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
                try NetworkExport.write(network, to: URL(fileURLWithPath: output))
            }
            let result = NetworkExportResult(
                folder: output, files: ["nodes.csv", "edges.csv", "facilities.csv"], nodes: network.graph.nodeCount,
                facilities: network.facilities.count)
            try resultFormat.emit(result) {
                "wrote \(output)/nodes.csv, edges.csv, facilities.csv (\(result.nodes) nodes, \(result.facilities) facilities)"
            }
        }
    }

    /// Loads an artefact, refusing a foreign, damaged or (when the source is given) stale one.
    static func load(_ path: String, osm: String?, rules: String? = nil, progress: ProgressReporter = .silent) throws -> NetworkArtefact {
        let rulesDocument = try rules.map { Data(try StoreOptions.read($0)) }
        return try InputError.naming(path) {
            let expected = try osm.map { source throws in
                try NetworkArtefactBuilder.fingerprint(file: URL(fileURLWithPath: source), rulesDocument: rulesDocument)
            }
            return try NetworkArtefact.load(from: URL(fileURLWithPath: path), expectedSource: expected, progress: progress)
        }
    }
}
