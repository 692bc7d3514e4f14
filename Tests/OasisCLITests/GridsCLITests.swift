import Foundation
import OasisTestSupport
import Testing

@Suite("oasis grids")
struct GridsCLITests {
    typealias File = GridFixture

    @Test("import refuses a bow-tie naming the feature and writes nothing; a good file is stored and listed with zero figures")
    func importAndList() throws {
        let directory = try OasisBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = directory.appendingPathComponent("oasis.sqlite").path
        #expect(try OasisBinary.run(["migrate", "--database", database]).status == 0)
        let bad = directory.appendingPathComponent("bad.geojson")
        try Data(File.file(File.feature(#"{"code": "G1"}"#, File.square(87.60, 43.80)), File.feature(#"{"code": "BT"}"#, File.bowTie))).write(to: bad)
        let refused = try OasisBinary.run(["grids", "import", bad.path, "--database", database])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("$.features[1].geometry.coordinates[0]") && refused.stderr.contains("intersects itself"), "\(refused.stderr)")
        let empty = try OasisBinary.run(["grids", "list", "--json", "--database", database])
        #expect(try JSONSerialization.jsonObject(with: Data(empty.stdout.utf8)) as? [Any] == nil || empty.stdout.contains("[]"), "\(empty.stdout)")

        let good = directory.appendingPathComponent("grids.geojson")
        try Data(
            File.file(
                File.feature(#"{"code": "G1", "name": "一号"}"#, File.square(87.60, 43.80)), File.feature(#"{"code": "G2"}"#, File.square(87.61, 43.80))
            )
        )
        .write(to: good)
        let stored = try OasisBinary.run(["grids", "import", good.path, "--database", database])
        #expect(stored.status == 0 && stored.stdout.contains("2 grids stored"), "\(stored.stdout)\(stored.stderr)")
        let listed = try OasisBinary.run(["grids", "list", "--json", "--database", database])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        #expect(rows.map { $0["grid"] as? String } == ["G1", "G2"])
        #expect(rows.map { $0["name"] as? String } == ["一号", "G2"])
        #expect(rows.allSatisfy { $0["patrol"] as? Int == 0 && $0["citizen"] as? Int == 0 })
        let nobody = try OasisBinary.run(["grids", "assign", "--grid", "G1", "--user", "nobody", "--database", database])
        #expect(nobody.status == 1 && nobody.stderr.contains("nobody"), "\(nobody.stderr)")
    }
}
