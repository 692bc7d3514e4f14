import Foundation
import OasisCore
import OasisRouting

/// The build stage of `oasis network build`: reads an OSM file (PBF, or XML possibly compressed, told
/// apart by the name ending in `.pbf`), builds the walking network, classifies and attaches the facilities,
/// and returns the artefact fingerprinted with the file and the rule document.
public struct NetworkArtefactBuilder: Sendable {
    public var builder: WalkingNetworkBuilder
    public var parallelism: Int
    /// Told how reading (`readOSM`, bytes) and building (`buildNetwork`, its three phases) go.
    public var progress: ProgressReporter

    public init(
        builder: WalkingNetworkBuilder = WalkingNetworkBuilder(),
        parallelism: Int = ProcessInfo.processInfo.activeProcessorCount, progress: ProgressReporter = .silent
    ) {
        self.builder = builder
        self.parallelism = parallelism
        self.progress = progress
    }

    /// Builds the artefact of `file` with the rules in `rulesDocument` (nil: the built-in rules).
    public func build(file: URL, rulesDocument: Data? = nil) throws(OSMError) -> NetworkArtefact {
        let document = rulesDocument ?? Data(BuiltInFacilityRules.json.utf8)
        let rules = try rulesDocument.map { data throws(OSMError) in try FacilityRules(json: data) } ?? .builtIn
        let source: SourceFingerprint
        do {
            source = try Self.fingerprint(file: file, rulesDocument: document)
        } catch {
            throw OSMError(.unreadable, error.message)
        }
        let extract =
            file.pathExtension.lowercased() == "pbf"
            ? try OSMPBFReader(parallelism: parallelism, progress: progress).read(contentsOf: file)
            : try OSMXMLReader(progress: progress).read(contentsOf: file)
        return try build(extract: extract, rules: rules, source: source)
    }

    /// Builds the artefact of an extract already read: the walking network, the facilities classified,
    /// the facilities attached (three phases of `buildNetwork`).
    public func build(extract: OSMExtract, rules: FacilityRules, source: SourceFingerprint) throws(OSMError) -> NetworkArtefact {
        let tracker = progress.start(.buildNetwork, total: 3)
        let network = try builder.build(from: extract)
        tracker.advance()
        let classified = FacilityClassifier(rules: rules).facilities(in: extract)
        tracker.advance()
        let facilities = FacilityAttachment.attach(classified, to: network)
        tracker.finish()
        do {
            return try NetworkArtefact(
                source: source, graph: network.graph, nodeIDs: network.nodeIDs,
                longitudes: network.longitudes, latitudes: network.latitudes, facilities: facilities)
        } catch {
            throw OSMError(.corrupt, "the network artefact could not be made: \(error.message)")
        }
    }

    /// The fingerprint an artefact of `file` built with `rulesDocument` (nil: the built-in rules) carries;
    /// pass it to `NetworkArtefact.load(from:expectedSource:)` to refuse a stale artefact.
    public static func fingerprint(file: URL, rulesDocument: Data?) throws(NetworkArtefactError) -> SourceFingerprint {
        try SourceFingerprint(file: file, rules: rulesDocument ?? Data(BuiltInFacilityRules.json.utf8))
    }
}
