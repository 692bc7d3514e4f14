import Foundation
import OasisOSM
import Testing

@Suite("OSM XML reader: malformed input is refused with the line")
struct XMLBadInputTests {
    static func error(_ text: String) -> OSMError? {
        do {
            _ = try OSMXMLReader().read(text)
            return nil
        } catch {
            return error
        }
    }

    @Test(
        "each malformed document gives its line and what is wrong",
        arguments: [
            ("<osm>\n<node id=\"1\" lat=\"1\" lon=\"2\">\n</way>\n</osm>", "line 3: </way> closes <node> opened on line 2"),
            ("<osm>\n<node id=\"1\" lat=\"1\" lon=\"2\">\n", "the document ends inside <node> opened on line 2"),
            ("<osm>\n\n<node id=\"1\" lon=\"2\"/>\n</osm>", "line 3: <node> has no lat attribute"),
            ("<osm>\n<node id=\"x1\" lat=\"1\" lon=\"2\"/>\n</osm>", "line 2: <node> has id=\"x1\", not an integer"),
            ("<osm>\n<node id=\"1\" lat=\"91\" lon=\"2\"/>\n</osm>", "line 2: <node> has lat=\"91\", not a number within ±90"),
            ("<osm>\n<way id=\"1\">\n<nd ref=\"\"/>\n</way>\n</osm>", "line 3: <nd> has ref=\"\", not an integer"),
            ("<osm>\n<node id=1 lat=\"1\" lon=\"2\"/>\n</osm>", "line 2: the value of id in <node> is not quoted"),
            ("<osm>\n<tag k=\"a\" v=\"&nbsp;\"/>\n</osm>", "line 2: in the value of v in <tag>: unknown entity &nbsp;"),
            ("<osm>\n<tag k=\"a\" v=\"a < b\"/>\n</osm>", "line 2: < inside the value of v in <tag>"),
            ("<osm>\n</osm>\n<osm>\n</osm>", "line 3: a second root element <osm>"),
            ("<osm/>\ntrailing", "line 2: text after the root element"),
            ("<osm>\n<!-- never closed\n</osm>", "line 2: an unterminated comment"),
            ("", "the document has no root element"),
            ("<osm>\n<node id=\"1\" id=\"2\" lat=\"1\" lon=\"2\"/>\n</osm>", "line 2: attribute id appears twice in <node>"),
        ])
    func malformed(_ document: String, _ expected: String) throws {
        let error = try #require(Self.error(document), "accepted: \(document)")
        #expect(error.kind == .malformedXML)
        #expect(error.message.contains(expected), "got: \(error.message)")
    }

    @Test("a well-formed document that is not OSM says so")
    func notOSM() throws {
        let error = try #require(Self.error("<?xml version=\"1.0\"?>\n<gpx version=\"1.1\"><trk/></gpx>"))
        #expect(error.kind == .notOSM)
        #expect(error.message == "line 2: the root element is <gpx>, not <osm>: not an OSM XML document")
    }

    @Test("damaged compressed input is refused, not crashed on")
    func damagedCompression() throws {
        // "BZh" magic followed by garbage, and a gzip header followed by garbage.
        for bytes in [[0x42, 0x5A, 0x68, 0x39, 1, 2, 3, 4, 5], [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 3, 9, 9, 9]] as [[UInt8]] {
            let url = FileManager.default.temporaryDirectory.appendingPathComponent("oasis-osm-\(UUID().uuidString).osm")
            try Data(bytes).write(to: url)
            defer { try? FileManager.default.removeItem(at: url) }
            #expect(throws: OSMError.self) { try OSMXMLReader().read(contentsOf: url) }
        }
        #expect(throws: OSMError.self) { try OSMXMLReader().read(contentsOf: URL(fileURLWithPath: "/nonexistent/x.osm")) }
    }
}
