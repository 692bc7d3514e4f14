import ArgumentParser
import OasisCore
import OasisRouting

/// `--network` and `--osm`, which every `oasis analyse` command takes: the artefact to load and, optionally,
/// the OSM file it was built from, so that a stale artefact is refused.
struct NetworkOptions: ParsableArguments {
    @Option(help: "The network artefact (oasis network build).") var network: String
    @Option(help: "The OSM file it was built from, to refuse a stale artefact.") var osm: String?

    func load(progress: ProgressReporter = .silent) throws -> NetworkArtefact {
        try NetworkCommand.load(network, osm: osm, progress: progress)
    }
}
