import ArgumentParser
import Foundation
import OasisCore
import OasisOSM
import OasisRouting

/// `oasis network build|export`: the walking graph and its facilities from OSM, as a versioned artefact.
struct NetworkCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "network", abstract: "Build the walking network artefact from OSM; export it as CSV.",
                                                    subcommands: [Build.self, Export.self])

    struct Build: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read an OSM file (.osm.pbf, .osm, .osm.bz2, .osm.gz), keep the ways a pedestrian may use, classify the facilities, and write a versioned artefact."
        )
        @Argument(help: "The OSM file.") var file: String
        @Option(help: "The artefact to write (default: the OSM file's name with .oasisnet).") var output: String?
        @Option(help: "Facility rules (JSON, the shape of the built-in rules) instead of the built-in ones.") var rules: String?
        @OptionGroup var progress: ProgressOptions

        func run() async throws {
            let console = progress.console()
            let url = URL(fileURLWithPath: file)
            let rulesDocument = try rules.map { Data(try StoreOptions.read($0)) }
            let target = output ?? url.deletingPathExtension().deletingPathExtension().path + ".oasisnet"
            let start = ContinuousClock.now
            let artefact: NetworkArtefact
            do {
                artefact = try NetworkArtefactBuilder(progress: console.reporter).build(file: url, rulesDocument: rulesDocument)
            } catch {
                throw CLIError("\(file): \(error.description)")
            }
            do {
                try artefact.write(to: URL(fileURLWithPath: target), progress: console.reporter)
            } catch {
                throw CLIError("\(target): \(error.description)")
            }
            let types = Dictionary(grouping: artefact.facilities, by: \.type).mapValues(\.count).sorted { $0.key < $1.key }
            Console.line("\(artefact.graph.nodeCount) nodes, \(artefact.graph.targets.count / 2) edges, \(artefact.facilities.count) facilities in \(ContinuousClock.now - start)")
            Console.line(types.map { "  \($0.key): \($0.value)" }.joined(separator: "\n"))
        }
    }

    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write the artefact's nodes, edges and snapped facilities as CSV so that other tools can check the results.")
        @Argument(help: "The artefact.") var artefact: String
        @Option(help: "The folder to write nodes.csv, edges.csv and facilities.csv into.") var output: String
        @Option(help: "The OSM file it was built from, to refuse a stale artefact.") var osm: String?

        func run() async throws {
            let network = try NetworkCommand.load(artefact, osm: osm)
            do {
                try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
                try NetworkExport.write(network, to: URL(fileURLWithPath: output))
            } catch let error as NetworkArtefactError {
                throw CLIError("\(output): \(error.description)")
            }
            Console.line("wrote \(output)/nodes.csv, edges.csv, facilities.csv (\(network.graph.nodeCount) nodes, \(network.facilities.count) facilities)")
        }
    }

    /// Loads an artefact, refusing a foreign, damaged or (when the source is given) stale one.
    static func load(_ path: String, osm: String?, rules: String? = nil, progress: ProgressReporter = .silent) throws -> NetworkArtefact {
        do {
            let expected = try osm.map { source throws in
                try NetworkArtefactBuilder.fingerprint(file: URL(fileURLWithPath: source), rulesDocument: try rules.map { Data(try StoreOptions.read($0)) })
            }
            return try NetworkArtefact.load(from: URL(fileURLWithPath: path), expectedSource: expected, progress: progress)
        } catch let error as NetworkArtefactError {
            throw CLIError("\(path): \(error.description)")
        }
    }
}
