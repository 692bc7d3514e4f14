import Foundation
import Testing

@Suite("oasis lifeline hazards")
struct LifelineHazardsCLITests {
    @Test("import loads the register with GB 18218-2018's figures and list prints them; a bad file is refused by line and column, nothing written")
    func importAndList() throws {
        let directory = try OasisBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        // The demo's regions and register of units.
        _ = try OasisBinary.run(["serve", "--port", "0", "--log-level", "warning"], timeout: 6, directory: directory)
        let database = directory.appendingPathComponent("oasis-data/oasis.sqlite").path
        let file = directory.appendingPathComponent("hazards.csv")
        // 40 t chlorine (Q 5 t, β 4) + 20 t ammonia (Q 10 t, β 2), 60 people (α 1.5): S = 10, R = 1.5 × (32 + 4) = 54 → grade 2.
        try """
        code,name_zh,name_en,name_ug,owner_unit,region,longitude,latitude,exposed_people,substance,tonnes
        HZ-CL,沙依巴克区水厂加氯间,Saybag chlorine store,,沙依巴克区城管局,650103,87.55,43.80,60,7782-50-5,40
        HZ-CL,,,,,,,,,氨,20
        """.write(to: file, atomically: true, encoding: .utf8)
        let imported = try OasisBinary.run(["lifeline", "hazards", "import", file.path, "--database", database])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("1 hazard sources added, 0 replaced"), "\(imported.stdout)")
        let table = try OasisBinary.run(["lifeline", "hazards", "list", "--database", database])
        #expect(table.stdout.contains("HZ-CL"))
        #expect(table.stdout.contains("54.00"), "\(table.stdout)")
        let json = try OasisBinary.run(["lifeline", "hazards", "list", "--json", "--database", database])
        let sources = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        let figures = sources.first?["figures"] as? [String: Any]
        #expect(figures?["grade"] as? Int == 2)
        #expect(abs((figures?["r"] as? Double ?? 0) - 54) < 1e-9)
        try """
        code,name_zh,name_en,name_ug,owner_unit,region,longitude,latitude,exposed_people,substance,tonnes
        HZ-CL,沙依巴克区水厂加氯间,Saybag chlorine store,,沙依巴克区城管局,650103,87.55,43.80,60,7782-50-5,-40
        """.write(to: file, atomically: true, encoding: .utf8)
        let refused = try OasisBinary.run(["lifeline", "hazards", "import", file.path, "--database", database])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("line 2, column tonnes"), "\(refused.stderr)")
        let unchanged = try OasisBinary.run(["lifeline", "hazards", "list", "--json", "--database", database])
        let after = try JSONSerialization.jsonObject(with: Data(unchanged.stdout.utf8)) as? [[String: Any]]
        #expect((after?.first?["inventory"] as? [[String: Any]])?.first?["tonnes"] as? Double == 40)
    }
}
