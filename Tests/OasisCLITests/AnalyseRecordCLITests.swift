import Foundation
import Testing

@Suite("oasis analyse access|shelters --record: from the stored layers to the health check")
struct AnalyseRecordCLITests {
    static let regions = """
        code,parent_code,level,name_zh,name_en,population,urban_population,census_year
        650000,,province,新疆维吾尔自治区,Xinjiang,25852345,14613587,2020
        650100,650000,prefecture,乌鲁木齐市,Urumqi,4054369,3923316,2020
        650102,650100,county,天山区,Tianshan District,652792,652720,2020
        650103,650100,county,沙依巴克区,Saybag District,799539,797360,2020
        """
    /// On the three-node street of `SheltersCLITests` (A — 222.4 m — B — 222.4 m — C): 100 people at A and 50 at B in
    /// Tianshan, 300 at C in Saybag, 10 at C with no region.
    static let residences = #"""
        {"type": "FeatureCollection", "features": [
          {"type": "Feature", "id": "r1", "geometry": {"type": "Point", "coordinates": [24.000, 60.000]}, "properties": {"population": 100, "region_code": "650102"}},
          {"type": "Feature", "id": "r2", "geometry": {"type": "Point", "coordinates": [24.004, 60.000]}, "properties": {"population": 50, "region_code": "650102"}},
          {"type": "Feature", "id": "r3", "geometry": {"type": "Point", "coordinates": [24.004, 60.002]}, "properties": {"population": 300, "region_code": "650103"}},
          {"type": "Feature", "id": "r4", "geometry": {"type": "Point", "coordinates": [24.004, 60.002]}, "properties": {"population": 10}}
        ]}
        """#
    static let facilities = #"""
        {"type": "FeatureCollection", "features": [
          {"type": "Feature", "geometry": {"type": "Point", "coordinates": [24.000, 60.000]}, "properties": {"type": "kindergarten", "region_code": "650102"}}
        ]}
        """#
    static let shelters = #"""
        {"type": "FeatureCollection", "features": [
          {"type": "Feature", "geometry": {"type": "Point", "coordinates": [24.000, 60.000]}, "properties": {"class": "emergency", "effective_area_m2": 300, "region_code": "650102", "name": "Square"}}
        ]}
        """#

    @Test("the figures and the per-residence results are recorded and the health check finds P04 and U22")
    func record() throws {
        let (folder, network, _, build) = try SheltersCLITests.prepare()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(build.status == 0, "\(build.stderr)")
        let database = folder.appendingPathComponent("oasis.sqlite").path
        for (name, text) in [
            ("regions.csv", Self.regions), ("residences.geojson", Self.residences), ("facilities.geojson", Self.facilities),
            ("shelters.geojson", Self.shelters),
        ] {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let regions = try OasisBinary.run(["region", "import", folder.appendingPathComponent("regions.csv").path, "--database", database])
        #expect(regions.status == 0, "\(regions.stderr)")
        for layer in ["residences", "facilities", "shelters"] {
            let imported = try OasisBinary.run([
                "layers", "import", layer, folder.appendingPathComponent("\(layer).geojson").path, "--database", database,
            ])
            #expect(imported.status == 0, "\(imported.stderr)")
        }

        let access = try OasisBinary.run([
            "analyse", "access", "--network", network, "--database", database, "--record", "--period", "2026", "--quiet",
        ])
        #expect(access.status == 0, "\(access.stderr)")
        // Kindergarten within 300 m: A (0 m) and B (222.4 m), not C (444.8 m).
        #expect(access.stdout.contains("100.0 %"), "\(access.stdout)")
        #expect(access.stdout.contains("1 residence(s) without a region: analysed, but counted in no region's figure"), "\(access.stdout)")
        #expect(access.stdout.contains("recorded 18 figure(s) of analysis \"access\" for 2026 in 2 region(s): 650102, 650103"), "\(access.stdout)")
        #expect(access.stdout.contains("access layer: 4 residence result(s) written, 0 previous replaced"), "\(access.stdout)")
        let shelters = try OasisBinary.run([
            "analyse", "shelters", "--network", network, "--database", database, "--record", "--period", "2026", "--quiet",
        ])
        #expect(shelters.status == 0, "\(shelters.stderr)")
        #expect(
            shelters.stdout.contains("recorded 2 figure(s) of analysis \"shelters\" for 2026 in 2 region(s): 650102, 650103"), "\(shelters.stdout)")
        let mixed = try OasisBinary.run(["analyse", "access", "--network", network, "--database", database, "--types", "clinic"])
        #expect(mixed.status != 0)
        #expect(mixed.stderr.contains("--types, --map and --map-type belong to the network-only mode"))
        let noPeriod = try OasisBinary.run(["analyse", "shelters", "--network", network, "--database", database, "--record"])
        #expect(noPeriod.status != 0)
        #expect(noPeriod.stderr.contains("--record needs --period"))

        let layer = try OasisBinary.run(["layers", "export", "access", "--database", database])
        #expect(layer.stdout.contains("\"kindergarten_m\":222.4"), "\(layer.stdout)")
        #expect(layer.stdout.components(separatedBy: "\"Feature\"").count == 5)

        // Urumqi: P04 = 150 of 450 residents; U22 = 300 m² over 450 residents.
        let check = try OasisBinary.run(["check", "--region", "650100", "--period", "2026", "--json", "--database", database])
        #expect(check.status == 0, "\(check.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any])
        let indicators = try #require((object["evaluation"] as? [String: Any])?["indicators"] as? [[String: Any]])
        func value(_ code: String) -> Double? {
            switch indicators.first(where: { $0["indicator"] as? String == code })?["value"] {
            case let number as Double: number
            case let number as Int: Double(number)
            case let number as NSNumber: number.doubleValue
            default: nil
            }
        }
        #expect(abs((value("P04") ?? 0) - 100.0 / 3) < 1e-9)
        #expect(abs((value("U22") ?? 0) - 2.0 / 3) < 1e-9)
    }
}
