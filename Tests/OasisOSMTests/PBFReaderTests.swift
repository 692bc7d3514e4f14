import Foundation
import OasisOSM
import OasisTestSupport
import Testing

@Suite("OSM PBF reader")
struct PBFReaderTests {
    /// A block with three dense nodes (one tagged), a way and a relation, granularity 1,000 and offsets.
    static func sampleBlock(firstID: Int64 = 100) -> [UInt8] {
        let strings = ["", "amenity", "kindergarten", "name", "Sunny & Co", "highway", "footway"]
        let table = PBFTestWriter.field(1, bytes: strings.flatMap { PBFTestWriter.field(1, string: $0) })
        let dense =
            PBFTestWriter.field(1, bytes: PBFTestWriter.deltas([firstID, firstID + 1, firstID + 5]))
            + PBFTestWriter.field(8, bytes: PBFTestWriter.deltas([60_164_155, 60_164_255, 60_164_100]))
            + PBFTestWriter.field(9, bytes: PBFTestWriter.deltas([24_935_176, 24_935_300, -1_000]))
            + PBFTestWriter.field(10, bytes: PBFTestWriter.packed([1, 2, 3, 4, 0, 0, 0]))
        let way =
            PBFTestWriter.field(1, varint: 7)
            + PBFTestWriter.field(2, bytes: PBFTestWriter.packed([5]))
            + PBFTestWriter.field(3, bytes: PBFTestWriter.packed([6]))
            + PBFTestWriter.field(8, bytes: PBFTestWriter.deltas([firstID, firstID + 1, firstID + 5]))
        let relation = PBFTestWriter.field(1, varint: 9)
        return table
            + PBFTestWriter.field(2, bytes: PBFTestWriter.field(2, bytes: dense))
            + PBFTestWriter.field(2, bytes: PBFTestWriter.field(3, bytes: way))
            + PBFTestWriter.field(2, bytes: PBFTestWriter.field(4, bytes: relation))
            + PBFTestWriter.field(17, varint: 1_000)
            + PBFTestWriter.field(19, varint: 5_000_000)
            + PBFTestWriter.field(20, varint: UInt64(bitPattern: -3_000))
    }

    static func sampleFile(blocks: Int = 1) -> [UInt8] {
        PBFTestWriter.blob(type: "OSMHeader", payload: PBFTestWriter.headerBlock())
            + (0..<blocks).flatMap { PBFTestWriter.blob(type: "OSMData", payload: sampleBlock(firstID: 100 + 10 * Int64($0))) }
    }

    @Test("a hand-written file decodes exactly: delta coding, granularity, offsets, dense tags, way refs")
    func exactDecoding() throws {
        let extract = try OSMPBFReader(parallelism: 1).read(Data(Self.sampleFile()))
        #expect(extract.nodeIDs == [100, 101, 105])
        // degrees = (offset + granularity × value) / 10⁹
        #expect(extract.latitudes == [60.169155, 60.169255, 60.1691])
        #expect(extract.longitudes == [24.935173, 24.935297, -0.001003])
        #expect(extract.taggedNodes == [0])
        #expect(extract.taggedNodeTags[0].dictionary == ["amenity": "kindergarten", "name": "Sunny & Co"])
        #expect(extract.wayIDs == [7])
        #expect(Array(extract.refs(ofWay: 0)) == [100, 101, 105])
        #expect(extract.wayTags[0]["highway"] == "footway")
        #expect(extract.relationCount == 1)
    }

    @Test("blocks decoded on several threads are joined in file order, the same as on one")
    func parallelJoin() throws {
        let data = Data(Self.sampleFile(blocks: 5))
        let one = try OSMPBFReader(parallelism: 1).read(data)
        let many = try OSMPBFReader(parallelism: 3).read(data)
        #expect(one == many)
        #expect(many.nodeIDs == (0..<5).flatMap { block in [100, 101, 105].map { Int64($0 + 10 * block) } })
        #expect(many.taggedNodes == [0, 3, 6, 9, 12])
        #expect(Array(many.refs(ofWay: 4)) == [140, 141, 145])
        #expect(many.wayTags.count == 5 && many.taggedNodeTags.count == 5 && many.relationCount == 5)
    }

    @Test(
        "Helsinki centre: the counts osmium fileinfo -e reports, and known objects",
        .enabled(if: SharedData.runs("osm/helsinki_center.osm.pbf"), Comment(rawValue: SharedData.skipReason("osm/helsinki_center.osm.pbf"))))
    func helsinki() throws {
        let url = try SharedData.require("osm/helsinki_center.osm.pbf")
        let extract = try OSMPBFReader().read(contentsOf: url)
        // osmium fileinfo -e: 24,260 nodes, 5,130 ways, 620 relations, node ids 25,291,537…6,394,671,610.
        #expect(extract.nodeCount == 24_260)
        #expect(extract.wayCount == 5_130)
        #expect(extract.relationCount == 620)
        #expect(extract.nodeIDs.min() == 25_291_537 && extract.nodeIDs.max() == 6_394_671_610)
        #expect(extract.wayIDs.min() == 4_236_349 && extract.wayIDs.max() == 684_443_849)
        // Counted in `osmium cat -f opl`: tagged nodes, way node references, tags on ways and on nodes.
        #expect(extract.taggedNodes.count == 8_106)
        #expect(extract.wayRefs.count == 38_026)
        #expect(extract.wayTags.keys.count == 25_114)
        #expect(extract.taggedNodeTags.keys.count == 28_367)
        // Data bounding box (osmium): (24.9351766, 60.1641551) – (24.9534132, 60.1791074).
        #expect(extract.latitudes.min() == 60.1641551 && extract.latitudes.max() == 60.1791074)
        #expect(extract.longitudes.min() == 24.9351766 && extract.longitudes.max() == 24.9534132)
        // n1369465553: Apteekki Eliel, amenity=pharmacy at 24.9405421, 60.1717091.
        let node = try #require(extract.nodeIDs.firstIndex(of: 1_369_465_553))
        #expect(extract.latitudes[node] == 60.1717091 && extract.longitudes[node] == 24.9405421)
        let tagged = try #require(extract.taggedNodes.firstIndex(of: node))
        #expect(extract.taggedNodeTags[tagged]["name"] == "Apteekki Eliel")
        #expect(extract.taggedNodeTags[tagged]["amenity"] == "pharmacy")
        // w596507272: Kaisaniemen ala-aste, a school.
        let way = try #require(extract.wayIDs.firstIndex(of: 596_507_272))
        #expect(extract.wayTags[way]["name"] == "Kaisaniemen ala-aste")
        #expect(extract.wayTags[way]["amenity"] == "school")
        #expect(extract.refs(ofWay: way).first == 317_552_941)
        #expect(try OSMPBFReader(parallelism: 1).read(contentsOf: url) == extract)
    }

    @Test(
        "Kouvola test file: the counts osmium fileinfo -e reports",
        .enabled(if: SharedData.runs("osm/kouvola_pyrosm_test.osm.pbf"), Comment(rawValue: SharedData.skipReason("osm/kouvola_pyrosm_test.osm.pbf"))))
    func kouvola() throws {
        let url = try SharedData.require("osm/kouvola_pyrosm_test.osm.pbf")
        let extract = try OSMPBFReader().read(contentsOf: url)
        #expect(extract.nodeCount == 14_222)
        #expect(extract.wayCount == 2_653)
        #expect(extract.relationCount == 5)
        #expect(extract.taggedNodes.count == 116)
        #expect(extract.wayRefs.count == 18_506)
        #expect(extract.wayTags.keys.count == 5_416)
        #expect(extract.taggedNodeTags.keys.count == 413)
        let way = try #require(extract.wayIDs.firstIndex(of: 92_867_835))
        #expect(extract.wayTags[way].dictionary == ["foot": "yes", "highway": "footway"])
        #expect(Array(extract.refs(ofWay: way)) == [1_076_840_432, 1_076_840_437, 1_076_840_439, 1_076_840_443, 960_407_111])
        let first = try #require(extract.nodeIDs.firstIndex(of: 246_991))
        #expect(extract.latitudes[first] == 60.5319394 && extract.longitudes[first] == 26.9609156)
    }
}
