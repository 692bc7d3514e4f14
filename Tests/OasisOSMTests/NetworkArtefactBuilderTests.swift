import Foundation
import OasisCore
import OasisOSM
import OasisRouting
import OasisTestSupport
import Testing

@Suite("Building, attaching facilities to and saving the network artefact")
struct NetworkArtefactBuilderTests {
    //   1 ──footway── 2 ──footway── 3      kindergarten node 9 just north of 2; a school way (polygon 10–13)
    //                 │ path                whose centroid lies near 3
    //                 4
    static let document = """
        <osm version="0.6">
          <node id="1" lat="60.0" lon="25.0"/>
          <node id="2" lat="60.0" lon="25.002"/>
          <node id="3" lat="60.0" lon="25.004"/>
          <node id="4" lat="59.999" lon="25.002"/>
          <node id="9" lat="60.0001" lon="25.002"><tag k="amenity" v="kindergarten"/><tag k="name" v="Päiväkoti, Sininen"/></node>
          <node id="10" lat="60.0002" lon="25.0039"/>
          <node id="11" lat="60.0002" lon="25.0043"/>
          <node id="12" lat="60.0004" lon="25.0043"/>
          <node id="13" lat="60.0004" lon="25.0039"/>
          <way id="100"><nd ref="1"/><nd ref="2"/><nd ref="3"/><tag k="highway" v="footway"/></way>
          <way id="101"><nd ref="2"/><nd ref="4"/><tag k="highway" v="path"/></way>
          <way id="200"><nd ref="10"/><nd ref="11"/><nd ref="12"/><nd ref="13"/><nd ref="10"/><tag k="amenity" v="school"/></way>
        </osm>
        """

    static func writeDocument() throws -> URL {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("oasis-net-\(UUID().uuidString).osm")
        try Data(document.utf8).write(to: file)
        return file
    }

    @Test("facilities attach to their nearest node with the great-circle snap distance")
    func attachment() throws {
        let extract = try OSMXMLReader().read(Self.document)
        let network = try WalkingNetworkBuilder().build(from: extract)
        let attached = FacilityAttachment.attach(FacilityClassifier().facilities(in: extract), to: network)
        let kindergarten = try #require(attached.first { $0.type == "kindergarten" })
        #expect(network.nodeIDs[kindergarten.node] == 2)
        let expected = GreatCircle.distance(latitude1: 60.0001, longitude1: 25.002, latitude2: 60.0, longitude2: 25.002)
        #expect(abs(kindergarten.snapDistance - expected) < 1e-9)
        let school = try #require(attached.first { $0.type == "school" })
        #expect(school.osmKind == "way")
        #expect(network.nodeIDs[school.node] == 3)
    }

    @Test("build, save, load: the same artefact; a changed source or rule file makes it stale")
    func buildSaveLoad() throws {
        let file = try Self.writeDocument()
        let artefactFile = file.appendingPathExtension("oasisnet")
        defer {
            try? FileManager.default.removeItem(at: file)
            try? FileManager.default.removeItem(at: artefactFile)
        }
        let artefact = try NetworkArtefactBuilder().build(file: file)
        #expect(artefact.graph.nodeCount == 4)
        #expect(artefact.facilityTypes == ["kindergarten", "school"])
        try artefact.write(to: artefactFile)
        let current = try NetworkArtefactBuilder.fingerprint(file: file, rulesDocument: nil)
        #expect(try NetworkArtefact.load(from: artefactFile, expectedSource: current) == artefact)
        // Other rules.
        let rules = Data(#"{"version": 1, "rules": [{"type": "kindergarten", "when": [{"key": "amenity", "values": ["kindergarten"]}]}]}"#.utf8)
        let withRules = try NetworkArtefactBuilder.fingerprint(file: file, rulesDocument: rules)
        #expect(throws: NetworkArtefactError.self) { try NetworkArtefact.load(from: artefactFile, expectedSource: withRules) }
        #expect(try NetworkArtefactBuilder().build(file: file, rulesDocument: rules).facilityTypes == ["kindergarten"])
        // The OSM file edited afterwards.
        try Data((Self.document + "\n").utf8).write(to: file)
        let edited = try NetworkArtefactBuilder.fingerprint(file: file, rulesDocument: nil)
        do {
            _ = try NetworkArtefact.load(from: artefactFile, expectedSource: edited)
            Issue.record("a stale artefact was loaded")
        } catch {
            #expect(error.kind == .stale)
        }
    }

    @Test(
        "the Helsinki extract builds an artefact that loads back equal and exports as CSV",
        .enabled(if: SharedData.runs("osm/helsinki_center.osm.pbf"), Comment(rawValue: SharedData.skipReason("osm/helsinki_center.osm.pbf"))))
    func helsinki() throws {
        let file = try SharedData.require("osm/helsinki_center.osm.pbf")
        let artefact = try NetworkArtefactBuilder().build(file: file)
        #expect(artefact.graph.nodeCount > 3_000)
        #expect(artefact.facilities.count > 50)
        #expect(artefact.facilities.allSatisfy { $0.snapDistance < 1_000 })
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("oasis-helsinki-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let artefactFile = folder.appendingPathComponent("helsinki.oasisnet")
        try NetworkExport.write(artefact, to: folder)
        try artefact.write(to: artefactFile)
        // How fast it loads is measured by bench/ (timing stays out of unit tests); here: it loads back equal.
        let loaded = try NetworkArtefact.load(from: artefactFile, expectedSource: artefact.source)
        #expect(loaded == artefact)
        let edges = try String(contentsOf: folder.appendingPathComponent("edges.csv"), encoding: .utf8).split(separator: "\n")
        #expect(edges.count == artefact.graph.targets.count / 2 + 1)
    }
}
