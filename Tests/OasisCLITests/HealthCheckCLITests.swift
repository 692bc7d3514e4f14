import Foundation
import Testing

@Suite("oasis check, values import and report", .serialized)
struct HealthCheckCLITests {
    /// A database seeded like `oasis serve` does, by starting the server once.
    func seededDatabase(_ directory: URL) throws -> String {
        _ = try OasisBinary.run(["serve", "--port", "0", "--log-level", "warning"], timeout: 6, directory: directory)
        return directory.appendingPathComponent("oasis-data/oasis.sqlite").path
    }

    @Test("check prints a readable table and JSON; a bad region is a clear error")
    func check() throws {
        let directory = try OasisBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = try seededDatabase(directory)
        let table = try OasisBinary.run(["check", "--region", "650100", "--period", "2025", "--database", database])
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.contains("乌鲁木齐市 (650100) — 城市体检 2025"))
        #expect(table.stdout.contains("综合得分"))
        #expect(table.stdout.contains("U01"))
        let english = try OasisBinary.run(["check", "--region", "650000", "--lang", "en", "--database", database])
        #expect(english.stdout.contains("Target P03 ≥ 65 (2030)"))
        #expect(english.stdout.contains("on track"))
        let json = try OasisBinary.run(["check", "--region", "650100", "--period", "2024", "--json", "--database", database])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["period"] as? Int == 2024)
        #expect((object["evaluation"] as? [String: Any])?["rank"] is Int)
        let bad = try OasisBinary.run(["check", "--region", "65", "--database", database])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("6, 9, 12 or 15 digits"))
        let missing = try OasisBinary.run(["check", "--region", "650100", "--period", "1990", "--database", database])
        #expect(missing.stderr.contains("No indicator values for period 1990"))
    }

    @Test("values import refuses a bad file naming rows, accepts the valid part on request, and writes nothing twice")
    func valuesImport() throws {
        let directory = try OasisBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = try seededDatabase(directory)
        let file = directory.appendingPathComponent("values.csv")
        try "region,indicator,period,value\n650100,U01,2025,97.5\n650100,U01,2025,98\n".write(to: file, atomically: true, encoding: .utf8)
        let refused = try OasisBinary.run(["values", "import", file.path, "--database", database])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("line 3, column value: conflicts with line 2"))
        // The valid row is written and the other rejected: a partial import exits 3.
        let accepted = try OasisBinary.run(["values", "import", file.path, "--accept-valid", "--database", database])
        #expect(accepted.status == 3, "\(accepted.stderr)")
        #expect(accepted.stdout.contains("1 written or changed"))
        let again = try OasisBinary.run(["values", "import", file.path, "--accept-valid", "--database", database])
        #expect(again.status == 3)
        #expect(again.stdout.contains("0 written or changed"))
    }

    @Test("report health-check writes an HTML file; framework export and import round-trip")
    func reportAndFramework() throws {
        let directory = try OasisBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = try seededDatabase(directory)
        let output = directory.appendingPathComponent("report.html").path
        let report = try OasisBinary.run([
            "report", "health-check", "--region", "650100", "--period", "2025", "--lang", "en", "--output", output, "--database", database,
        ])
        #expect(report.status == 0, "\(report.stderr)")
        let html = try String(contentsOfFile: output, encoding: .utf8)
        #expect(html.contains("<html lang=\"en\" dir=\"ltr\">") && html.contains("id=\"indicator-table\""))
        let exported = directory.appendingPathComponent("framework.json").path
        #expect(try OasisBinary.run(["framework", "export", "--output", exported, "--database", database]).status == 0)
        let imported = try OasisBinary.run(["framework", "import", exported, "--database", database])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("framework mohurd-basic 2025"))
        try "{\"id\": 1}".write(toFile: exported, atomically: true, encoding: .utf8)
        let broken = try OasisBinary.run(["framework", "import", exported, "--database", database])
        #expect(broken.status != 0)
        #expect(broken.stderr.contains("field id"))
    }
}
