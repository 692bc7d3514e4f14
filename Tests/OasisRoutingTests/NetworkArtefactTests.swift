import Foundation
import OasisRouting
import Testing

@Suite("The versioned network artefact")
struct NetworkArtefactTests {
    static let source = SourceFingerprint(fileSize: 685_110, fileModified: 1_700_000_000_123_456_789, rulesDigest: 0xfeed_beef)

    static func artefact() throws -> NetworkArtefact {
        let graph = try WalkingGraph(
            nodeCount: 4,
            edges: [
                .init(from: 0, to: 1, length: 12.5), .init(from: 1, to: 2, length: 7.25), .init(from: 2, to: 3, length: 100),
                .init(from: 3, to: 0, length: 0.001), .init(from: 1, to: 2, length: 9),
            ])
        return try NetworkArtefact(
            source: source, graph: graph, nodeIDs: [10, -20, 30_000_000_000, 40],
            longitudes: [24.94, 24.941, 24.942, 24.9405], latitudes: [60.17, 60.1701, 60.1702, 60.1699],
            facilities: [
                AttachedFacility(
                    type: "school", osmKind: "way", osmID: 77, name: "Koulu, \"A\"", longitude: 24.9411,
                    latitude: 60.1701, node: 1, snapDistance: 5.6),
                AttachedFacility(
                    type: "clinic", osmKind: "node", osmID: 5, name: nil, longitude: 24.942,
                    latitude: 60.1702, node: 2, snapDistance: 0),
                AttachedFacility(
                    type: "school", osmKind: "node", osmID: 78, name: "幼儿园", longitude: 24.94,
                    latitude: 60.17, node: 0, snapDistance: 1),
            ])
    }

    static func temporaryFile() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("oasis-artefact-\(UUID().uuidString).oasisnet")
    }

    @Test("writing and loading gives back exactly the same artefact")
    func roundTrip() throws {
        let original = try Self.artefact()
        let file = Self.temporaryFile()
        defer { try? FileManager.default.removeItem(at: file) }
        try original.write(to: file)
        let loaded = try NetworkArtefact.load(from: file, expectedSource: Self.source)
        #expect(loaded == original)
        #expect(loaded.facilityTypes == ["clinic", "school"])
        #expect(loaded.sources(ofType: "school") == [1, 0])
        #expect(loaded.facilities.first { $0.osmID == 78 }?.name == "幼儿园")
        #expect(NearestFacilitySearch(graph: loaded.graph).distances(from: [0]) == [0, 12.5, 19.75, 0.001])
        // Loading without an expected source skips only the staleness check.
        #expect(try NetworkArtefact.load(from: file, expectedSource: nil) == original)
    }

    func refusal(_ data: Data, expected: SourceFingerprint? = source) -> NetworkArtefactError? {
        do {
            _ = try NetworkArtefact.decode(data, expectedSource: expected)
            return nil
        } catch {
            return error
        }
    }

    @Test("a file that is not an artefact is refused as foreign")
    func foreign() throws {
        let error = refusal(Data("id,lon,lat\n0,24.9,60.1\n".utf8))
        #expect(error?.kind == .notAnArtefact)
        #expect(error?.message.contains("not an Oasis network artefact") == true)
        #expect(refusal(Data())?.kind == .notAnArtefact)
    }

    @Test("newer and older format versions are refused, saying which")
    func versions() throws {
        var data = try Self.artefact().encoded()
        for (version, word) in [(UInt32(2), "newer"), (UInt32(0), "older")] {
            withUnsafeBytes(of: version.littleEndian) { data.replaceSubrange(8..<12, with: $0) }
            let error = refusal(data)
            #expect(error?.kind == .unsupportedVersion)
            #expect(error?.message.contains(word) == true, "\(error?.message ?? "")")
        }
    }

    @Test("a truncated artefact is refused wherever it was cut")
    func truncated() throws {
        let data = try Self.artefact().encoded()
        for length in [12, 20, 40, data.count / 2, data.count - 1] {
            let error = refusal(data.prefix(length))
            #expect(error?.kind == .truncated, "cut at \(length): \(String(describing: error))")
        }
    }

    @Test("an artefact built from another source or other rules is refused as stale")
    func stale() throws {
        let data = try Self.artefact().encoded()
        var newer = Self.source
        newer.fileModified += 1
        #expect(refusal(data, expected: newer)?.kind == .stale)
        var otherRules = Self.source
        otherRules.rulesDigest = 1
        let error = refusal(data, expected: otherRules)
        #expect(error?.kind == .stale)
        #expect(error?.message.contains("oasis network build") == true)
    }

    @Test("a source fingerprint follows the file and the rules")
    func fingerprint() throws {
        let file = Self.temporaryFile()
        defer { try? FileManager.default.removeItem(at: file) }
        try Data("<osm/>".utf8).write(to: file)
        let one = try SourceFingerprint(file: file, rules: Data("{}".utf8))
        #expect(one.fileSize == 6)
        #expect(try SourceFingerprint(file: file, rules: Data("{}".utf8)) == one)
        #expect(try SourceFingerprint(file: file, rules: Data("{ }".utf8)) != one)
        #expect(throws: NetworkArtefactError.self) { try SourceFingerprint(file: file.appendingPathExtension("missing"), rules: Data()) }
    }

    @Test("the CSV export lists nodes, each edge once, and facilities with quoting")
    func export() throws {
        let artefact = try Self.artefact()
        let nodes = NetworkExport.nodesCSV(artefact).split(separator: "\n")
        #expect(nodes.first == "id,osm_id,lon,lat")
        #expect(nodes[3] == "2,30000000000,24.9420000,60.1702000")
        let edges = NetworkExport.edgesCSV(artefact.graph).split(separator: "\n")
        #expect(edges == ["from,to,length_m", "0,1,12.500", "0,3,0.001", "1,2,7.250", "1,2,9.000", "2,3,100.000"])
        let facilities = NetworkExport.facilitiesCSV(artefact.facilities).split(separator: "\n")
        #expect(facilities.count == 4)
        #expect(facilities[2] == #"school,way,77,"Koulu, ""A""",24.9411000,60.1701000,1,5.600"#)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("oasis-export-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try NetworkExport.write(artefact, to: folder)
        for name in NetworkExport.fileNames { #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path)) }
    }
}
