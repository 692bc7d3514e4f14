import Foundation
import OasisRouting

/// `oasis-access-bench --data DIR [--tile K] [--types a,b,…] [--limit M] [--repetitions R] [--threads T] [--bucket-width M] [--export DIR]
/// [--artefact FILE [--rename a=b,…]]`
///
/// Reads the golden Helsinki graph (nodes/edges/pois CSV), tiles it K × K (`GraphTiling`), saves it as a
/// network artefact and times loading it back ("prep"), then times the nearest-facility search for every
/// node and every type (best and median of R). `--export DIR` writes the tiled graph for the peers
/// (nodes.csv, edges.csv, pois.csv) and Oasis's distances (`distances.f64`: one little-endian Float64 per
/// node per type, type-major, in the JSON's type order; `inf` beyond the limit). `--artefact FILE` keeps the tiled
/// network as an artefact, its facility types renamed by `--rename` (bench/analysis-job). Prints one JSON line.
@main
struct AccessBench {
    static func main() throws {
        let options = try Options(CommandLine.arguments.dropFirst())
        let buildStart = ContinuousClock.now
        let golden = try GoldenNetwork.load(from: options.data)
        let tiled = try GraphTiling.tile(
            graph: golden.graph, longitudes: golden.longitudes, latitudes: golden.latitudes,
            sources: golden.sources, factor: options.tile)
        let buildSeconds = seconds(since: buildStart)
        let types =
            options.types ?? ["kindergarten", "school", "health", "pharmacy", "grocery", "park", "sports", "library", "police", "shelter_social"]
        // Prep: the artefact round trip (what `oasis analyse` does before searching).
        let facilities = types.flatMap { type in
            (tiled.sources[type] ?? []).map {
                AttachedFacility(
                    type: type, osmKind: "", osmID: 0, name: nil, longitude: tiled.longitudes[$0],
                    latitude: tiled.latitudes[$0], node: $0, snapDistance: 0)
            }
        }
        let artefact = try NetworkArtefact(
            source: SourceFingerprint(fileSize: 0, fileModified: 0, rulesDigest: 0), graph: tiled.graph,
            nodeIDs: Array(0..<Int64(tiled.graph.nodeCount)), longitudes: tiled.longitudes,
            latitudes: tiled.latitudes, facilities: facilities)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent(
            "oasis-access-bench-\(ProcessInfo.processInfo.processIdentifier).oasisnet")
        try artefact.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        if let kept = options.artefact {
            // The same network for the other benchmarks (bench/analysis-job), with the types they analyse.
            let renamed = facilities.map { facility in
                var copy = facility
                copy.type = options.rename[facility.type] ?? facility.type
                return copy
            }
            try NetworkArtefact(
                source: artefact.source, graph: artefact.graph, nodeIDs: artefact.nodeIDs, longitudes: artefact.longitudes,
                latitudes: artefact.latitudes, facilities: renamed
            ).write(to: kept)
        }
        var prepTimes: [Double] = []
        var loaded = artefact
        var search = NearestFacilitySearch(graph: artefact.graph)
        for _ in 0..<options.repetitions {
            let start = ContinuousClock.now
            loaded = try NetworkArtefact.load(from: file, expectedSource: artefact.source)
            search = NearestFacilitySearch(graph: loaded.graph, bucketWidth: options.bucketWidth)
            prepTimes.append(seconds(since: start))
        }
        let sourceSets = types.map { loaded.sources(ofType: $0) }
        var queryTimes: [Double] = []
        var distances: [[Double]] = []
        for _ in 0..<options.repetitions {
            let start = ContinuousClock.now
            distances = search.distances(fromEach: sourceSets, limit: options.limit, parallelism: options.threads)
            queryTimes.append(seconds(since: start))
        }
        if let export = options.export { try Self.export(tiled: tiled, types: types, distances: distances, to: export) }
        prepTimes.sort()
        queryTimes.sort()
        let reached = distances.reduce(0) { $0 + $1.filter(\.isFinite).count }
        let report: [String: Any] = [
            "tile": options.tile, "nodes": loaded.graph.nodeCount, "edges": loaded.graph.targets.count / 2,
            "connectors": tiled.connectorCount, "bucketWidth": options.bucketWidth, "types": types, "limit": options.limit,
            "threads": options.threads,
            "repetitions": options.repetitions, "csvAndTilingSeconds": buildSeconds,
            "artefactBytes": (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0,
            "prepBestSeconds": prepTimes[0], "prepMedianSeconds": prepTimes[prepTimes.count / 2],
            "queryBestSeconds": queryTimes[0], "queryMedianSeconds": queryTimes[queryTimes.count / 2],
            "reachedPairs": reached,
        ]
        let json = try JSONSerialization.data(withJSONObject: report, options: [.sortedKeys])
        print(String(decoding: json, as: UTF8.self))
    }

    static func export(tiled: TiledNetwork, types: [String], distances: [[Double]], to folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var nodes = "id,lon,lat\n"
        for node in 0..<tiled.graph.nodeCount {
            nodes += "\(node),\(String(format: "%.8f", tiled.longitudes[node])),\(String(format: "%.8f", tiled.latitudes[node]))\n"
        }
        try Data(nodes.utf8).write(to: folder.appendingPathComponent("nodes.csv"))
        try Data(NetworkExport.edgesCSV(tiled.graph).replacingOccurrences(of: "from,to,length_m", with: "u,v,length_m").utf8)
            .write(to: folder.appendingPathComponent("edges.csv"))
        var pois = "type,node\n"
        for type in types { for node in tiled.sources[type] ?? [] { pois += "\(type),\(node)\n" } }
        try Data(pois.utf8).write(to: folder.appendingPathComponent("pois.csv"))
        var raw = Data()
        for row in distances { row.withUnsafeBytes { raw.append(contentsOf: $0) } }
        try raw.write(to: folder.appendingPathComponent("distances.f64"))
    }

    static func seconds(since start: ContinuousClock.Instant) -> Double {
        let parts = (ContinuousClock.now - start).components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }
}
