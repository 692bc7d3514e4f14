import Foundation
import Testing

@Suite("oasis layers")
struct LayersCLITests {
    @Test("import reads a GCJ-02 file into WGS-84 and says what it stored; export writes the layer back; a bad file is refused by path")
    func importAndExport() throws {
        let directory = try OasisBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = directory.appendingPathComponent("oasis.sqlite").path
        let file = directory.appendingPathComponent("homes.geojson")
        try #"""
        {"type": "FeatureCollection", "features": [
          {"type": "Feature", "geometry": {"type": "Point", "coordinates": [121.531541859215, 31.17530398364597]}, "properties": {"population": 800, "type": "compound"}},
          {"type": "Feature", "geometry": {"type": "Point", "coordinates": [121.54, 31.18]}, "properties": {"population": 300}}
        ]}
        """#.write(to: file, atomically: true, encoding: .utf8)
        let imported = try OasisBinary.run(["layers", "import", "residences", file.path, "--crs", "gcj02", "--replace", "--database", database])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(
            imported.stdout.contains("2 residences stored from source \"homes\", 0 replaced (converted from gcj02 to WGS-84)"), "\(imported.stdout)")
        let exported = try OasisBinary.run(["layers", "export", "residences", "--database", database])
        #expect(exported.status == 0)
        let collection = try JSONSerialization.jsonObject(with: Data(exported.stdout.utf8)) as? [String: Any]
        let features = try #require(collection?["features"] as? [[String: Any]])
        #expect(features.count == 2)
        let coordinates = (features.first?["geometry"] as? [String: Any])?["coordinates"] as? [Double]
        #expect(abs((coordinates?.first ?? 0) - 121.5272106) < 1e-6)
        let narrowed = try OasisBinary.run(["layers", "export", "residences", "--bbox", "121.535,31.17,121.55,31.19", "--database", database])
        #expect(narrowed.stdout.components(separatedBy: "\"Feature\"").count == 2)
        try
            #"{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": {"type": "Point", "coordinates": [87.6, 43.8]}, "properties": {"population": -1}}]}"#
            .write(to: file, atomically: true, encoding: .utf8)
        let refused = try OasisBinary.run(["layers", "import", "residences", file.path, "--replace", "--database", database])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("$.features[0].properties.population"), "\(refused.stderr)")
        let unchanged = try OasisBinary.run(["layers", "export", "residences", "--database", database])
        #expect(unchanged.stdout.components(separatedBy: "\"Feature\"").count == 3)
    }
}
