import Foundation
import OasisOSM
import OasisTestSupport
import Testing

@Suite("OSM XML reader")
struct XMLReaderTests {
    static let sample = """
        <?xml version='1.0' encoding='UTF-8'?>
        <!-- exported for a test -->
        <osm version="0.6" generator="hand">
          <bounds minlat="60.1" minlon="24.9" maxlat="60.2" maxlon="25.0"/>
          <node id="1" lat="60.1000001" lon="24.9000001" version="2"/>
          <node id="2" lat='60.1001' lon='24.9002'>
            <tag k="amenity" v="kindergarten"/>
            <tag k="name" v="Tom &amp; Jerry &#x5E7C;&#20799;&#x56ED; &quot;A&quot;"/>
          </node>
          <node id="-3" lat="-33.5" lon="-70.25"></node>
          <way id="10">
            <nd ref="1"/>
            <nd ref="2"/>
            <nd ref="-3"/>
            <tag k="highway" v="footway"/>
          </way>
          <way id="11"><nd ref="2"/><nd ref="1"/></way>
          <relation id="5"><member type="way" ref="10" role=""/><tag k="type" v="route"/></relation>
        </osm>
        """

    @Test("nodes, tags with entities, ways with references, relations counted")
    func sampleDocument() throws {
        let extract = try OSMXMLReader().read(Self.sample)
        #expect(extract.nodeIDs == [1, 2, -3])
        #expect(extract.latitudes == [60.1000001, 60.1001, -33.5])
        #expect(extract.longitudes == [24.9000001, 24.9002, -70.25])
        #expect(extract.taggedNodes == [1])
        #expect(extract.taggedNodeTags[0].dictionary == ["amenity": "kindergarten", "name": "Tom & Jerry 幼儿园 \"A\""])
        #expect(extract.wayIDs == [10, 11])
        #expect(Array(extract.refs(ofWay: 0)) == [1, 2, -3])
        #expect(Array(extract.refs(ofWay: 1)) == [2, 1])
        #expect(extract.wayTags[0].dictionary == ["highway": "footway"])
        #expect(extract.wayTags[1].isEmpty)
        #expect(extract.relationCount == 1)
    }

    @Test(
        "gzip- and bzip2-compressed documents read the same as plain ones",
        .enabled(
            if: TestPrerequisite.runs(TestPrerequisite.hasTool(["/bin/gzip"]) && TestPrerequisite.hasTool(["/bin/bzip2"])),
            "needs gzip and bzip2"))
    func compressed() throws {
        let plain = try OSMXMLReader().read(Self.sample)
        for (package, suffix) in [("gzip", ".gz"), ("bzip2", ".bz2")] {
            let tool = try TestPrerequisite.tool(["/bin/\(package)", "/usr/bin/\(package)"], package: package)
            let url = FileManager.default.temporaryDirectory.appendingPathComponent("oasis-osm-\(UUID().uuidString).osm")
            try Data(Self.sample.utf8).write(to: url)
            defer { try? FileManager.default.removeItem(at: URL(fileURLWithPath: url.path + suffix)) }
            try #require(try ChildProcess.run(tool, [url.path]).status == 0)
            #expect(try OSMXMLReader().read(contentsOf: URL(fileURLWithPath: url.path + suffix)) == plain)
        }
    }

    @Test(
        "the West Oakland osmnx file reads straight from bzip2: 446 nodes, 66 ways, 23 relations",
        .enabled(
            if: SharedData.runs("osm/west_oakland_osmnx_test.osm.bz2"),
            Comment(rawValue: SharedData.skipReason("osm/west_oakland_osmnx_test.osm.bz2"))))
    func oakland() throws {
        let url = try SharedData.require("osm/west_oakland_osmnx_test.osm.bz2")
        let extract = try OSMXMLReader().read(contentsOf: url)
        // osmium fileinfo -e on the decompressed file.
        #expect(extract.nodeCount == 446)
        #expect(extract.wayCount == 66)
        #expect(extract.relationCount == 23)
        #expect(extract.taggedNodes.count == 21)
        let first = try #require(extract.nodeIDs.firstIndex(of: 53_003_570))
        #expect(extract.latitudes[first] == 37.8057878 && extract.longitudes[first] == -122.2919937)
        let goss = try #require(extract.wayIDs.firstIndex(of: 6_329_561))
        #expect(extract.wayTags[goss]["name"] == "Goss Street" && extract.wayTags[goss]["highway"] == "residential")
        #expect(extract.wayTags[goss]["tiger:county"] == "Alameda, CA")
    }

    static let osmiumPaths = ["/usr/bin/osmium", "/usr/local/bin/osmium"]

    @Test(
        "the PBF and XML readers agree on the same data (converted by osmium)",
        .enabled(
            if: SharedData.runs("osm/kouvola_pyrosm_test.osm.pbf") && TestPrerequisite.runs(TestPrerequisite.hasTool(Self.osmiumPaths)),
            "needs ../shared/data/osm/kouvola_pyrosm_test.osm.pbf and osmium (Debian osmium-tool)"))
    func agreesWithPBF() throws {
        let pbf = try SharedData.require("osm/kouvola_pyrosm_test.osm.pbf")
        let osmium = try TestPrerequisite.tool(Self.osmiumPaths, package: "osmium-tool")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("oasis-osm-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let xml = folder.appendingPathComponent("kouvola.osm")
        let osmiumCat = try ChildProcess.run(osmium, ["cat", pbf.path, "-o", xml.path])
        try #require(osmiumCat.status == 0, "osmium cat failed: \(osmiumCat.stderr)")
        let fromPBF = try OSMPBFReader().read(contentsOf: pbf)
        let fromXML = try OSMXMLReader().read(contentsOf: xml)
        #expect(fromXML.nodeCount == fromPBF.nodeCount && fromXML.wayCount == fromPBF.wayCount)
        #expect(fromXML.nodeIDs == fromPBF.nodeIDs)
        #expect(fromXML.latitudes == fromPBF.latitudes && fromXML.longitudes == fromPBF.longitudes)
        #expect(fromXML.taggedNodes == fromPBF.taggedNodes && fromXML.taggedNodeTags == fromPBF.taggedNodeTags)
        #expect(fromXML.wayIDs == fromPBF.wayIDs && fromXML.wayRefs == fromPBF.wayRefs && fromXML.wayRefOffsets == fromPBF.wayRefOffsets)
        #expect(fromXML.wayTags == fromPBF.wayTags)
        #expect(fromXML.relationCount == fromPBF.relationCount)
        #expect(fromXML == fromPBF)
    }
}
