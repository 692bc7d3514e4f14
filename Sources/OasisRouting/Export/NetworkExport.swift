import Foundation

/// Writes an artefact's graph and facilities as three CSV files (UTF-8, comma-separated, RFC 4180 quoting,
/// a header line) so that any other tool can check Oasis's results on exactly the same input:
///
/// - `nodes.csv`: `id,osm_id,lon,lat` (id = graph node number 0..n−1; coordinates to 7 decimals, as OSM stores them);
/// - `edges.csv`: `from,to,length_m` (each undirected edge once, from < to; lengths to the millimetre);
/// - `facilities.csv`: `type,osm_kind,osm_id,name,lon,lat,node,snap_m`.
public enum NetworkExport {
    public static let fileNames = ["nodes.csv", "edges.csv", "facilities.csv"]

    /// Writes the three files into `directory` (created if needed).
    public static func write(_ artefact: NetworkArtefact, to directory: URL) throws(NetworkArtefactError) {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(nodesCSV(artefact).utf8).write(to: directory.appendingPathComponent("nodes.csv"))
            try Data(edgesCSV(artefact.graph).utf8).write(to: directory.appendingPathComponent("edges.csv"))
            try Data(facilitiesCSV(artefact.facilities).utf8).write(to: directory.appendingPathComponent("facilities.csv"))
        } catch {
            throw NetworkArtefactError(.unwritable, "cannot write the export to \(directory.path): \(error.localizedDescription)")
        }
    }

    public static func nodesCSV(_ artefact: NetworkArtefact) -> String {
        var text = "id,osm_id,lon,lat\n"
        for node in 0..<artefact.graph.nodeCount {
            text += "\(node),\(artefact.nodeIDs[node]),\(degrees(artefact.longitudes[node])),\(degrees(artefact.latitudes[node]))\n"
        }
        return text
    }

    public static func edgesCSV(_ graph: WalkingGraph) -> String {
        var text = "from,to,length_m\n"
        for edge in graph.undirectedEdges {
            text += "\(edge.from),\(edge.to),\(String(format: "%.3f", edge.length))\n"
        }
        return text
    }

    public static func facilitiesCSV(_ facilities: [AttachedFacility]) -> String {
        var text = "type,osm_kind,osm_id,name,lon,lat,node,snap_m\n"
        for facility in facilities {
            let fields = [
                field(facility.type), field(facility.osmKind), "\(facility.osmID)", field(facility.name ?? ""),
                degrees(facility.longitude), degrees(facility.latitude), "\(facility.node)", String(format: "%.3f", facility.snapDistance),
            ]
            text += fields.joined(separator: ",") + "\n"
        }
        return text
    }

    static func degrees(_ value: Double) -> String { String(format: "%.7f", value) }

    /// A CSV field, quoted when it holds a comma, quote or line break (quotes doubled).
    static func field(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
