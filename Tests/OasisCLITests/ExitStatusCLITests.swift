import Foundation
import Testing

/// The exit statuses of docs/cli.md: 0 success, 1 failure (nothing written), 2 usage, 3 partial import.
@Suite("oasis exit statuses", .serialized)
struct ExitStatusCLITests {
    static let regions = """
        code,parent_code,level,name_zh,name_en
        650000,,province,新疆维吾尔自治区,Xinjiang
        650100,650000,prefecture,乌鲁木齐市,Urumqi

        """

    @Test("a usage error exits 2 with the usage line, before any database is opened")
    func usage() throws {
        let directory = try OasisBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = directory.appendingPathComponent("oasis.sqlite").path
        let cases: [(arguments: [String], says: String)] = [
            (["no-such-command"], "no-such-command"),
            (["values", "import", "--database", database], "Missing expected argument '<file>'"),
            (["user", "create", "--database", database, "--username", "x", "--role", "mayor"], "Unknown role \"mayor\""),
            (["check", "--region", "65", "--database", database], "--region: "),
            (["cases", "metrics", "--by", "street", "--database", database], "--by takes unit, region, category or all."),
            (["layers", "export", "castles", "--database", database], "Unknown layer castles"),
            (["projects", "export", "--output", "projects.pdf", "--database", database], "--output must end in .csv or .xlsx."),
        ]
        for (arguments, says) in cases {
            let run = try OasisBinary.run(arguments)
            #expect(run.status == 2, "\(arguments): \(run.status) \(run.stderr)")
            #expect(run.stderr.contains(says), "\(arguments): \(run.stderr)")
            #expect(run.stderr.contains("Usage:"), "\(arguments): \(run.stderr)")
            #expect(run.stdout.isEmpty, "\(arguments): \(run.stdout)")
        }
        #expect(!FileManager.default.fileExists(atPath: database), "no command above reached the store")
        let help = try OasisBinary.run(["check", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("--json"))
    }

    @Test("a failure exits 1 naming the line and column, and writes nothing")
    func failure() throws {
        let directory = try OasisBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = directory.appendingPathComponent("oasis.sqlite").path
        let file = directory.appendingPathComponent("regions.csv")
        try Self.regions.replacingOccurrences(of: "prefecture", with: "city").write(to: file, atomically: true, encoding: .utf8)
        let refused = try OasisBinary.run(["region", "import", file.path, "--json", "--database", database])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("\(file.path): "), "the message names the file: \(refused.stderr)")
        #expect(refused.stderr.contains("line 3, column level"), "\(refused.stderr)")
        #expect(refused.stdout.isEmpty, "no JSON document for a failure: \(refused.stdout)")
        // Nothing was written: the corrected file inserts both regions.
        try Self.regions.write(to: file, atomically: true, encoding: .utf8)
        let accepted = try OasisBinary.run(["region", "import", file.path, "--json", "--database", database])
        #expect(accepted.status == 0, "\(accepted.stderr)")
        let summary = try JSONCLIOutput.object(accepted.stdout)
        #expect(summary["inserted"] as? Int == 2 && summary["updated"] as? Int == 0 && summary["unchanged"] as? Int == 0, "\(summary)")

        let missing = try OasisBinary.run(["values", "import", directory.appendingPathComponent("absent.csv").path, "--database", database])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("Cannot read \(directory.appendingPathComponent("absent.csv").path)."))
        let noUser = try OasisBinary.run(["user", "token", "--username", "nobody", "--database", database])
        #expect(noUser.status == 1)
        #expect(noUser.stderr.contains("No user named nobody."))
        let noValues = try OasisBinary.run(["check", "--region", "650100", "--period", "2024", "--database", database])
        #expect(noValues.status == 1)
        #expect(noValues.stderr.contains("No indicator values for period 2024"), "\(noValues.stderr)")
    }

    @Test("an import with --accept-valid that writes some rows and rejects others exits 3; one that rejects every row exits 1")
    func partial() throws {
        let directory = try OasisBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = directory.appendingPathComponent("oasis.sqlite").path
        let regions = directory.appendingPathComponent("regions.csv")
        try Self.regions.write(to: regions, atomically: true, encoding: .utf8)
        #expect(try OasisBinary.run(["region", "import", regions.path, "--database", database]).status == 0)
        let values = directory.appendingPathComponent("values.csv")
        try "region,indicator,period,value\n650100,U01,2025,97.5\n650100,U01,2025,98\n".write(to: values, atomically: true, encoding: .utf8)

        let refused = try OasisBinary.run(["values", "import", values.path, "--json", "--database", database])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("line 3, column value: conflicts with line 2"), "\(refused.stderr)")
        #expect(refused.stdout.isEmpty)

        let partial = try OasisBinary.run(["values", "import", values.path, "--accept-valid", "--json", "--database", database])
        #expect(partial.status == 3, "\(partial.stderr)")
        let outcome = try JSONCLIOutput.object(partial.stdout)
        #expect(outcome["rowCount"] as? Int == 2)
        #expect(outcome["acceptedValues"] as? Int == 1)
        #expect(outcome["rejectedRows"] as? Int == 1)
        #expect((outcome["record"] as? [String: Any])?["written"] as? Int == 1, "\(outcome)")
        let problems = try #require(outcome["problems"] as? [[String: Any]])
        #expect(problems.count == 1 && problems.first?["line"] as? Int == 3 && problems.first?["column"] as? String == "value", "\(problems)")

        // 60 rows of an unknown region (1960–2019): the terminal lists the first 50 problems and counts the other 10.
        let many = "region,indicator,period,value\n" + (0..<60).map { "659999,U01,\(1960 + $0),1\n" }.joined()
        try many.write(to: values, atomically: true, encoding: .utf8)
        let long = try OasisBinary.run(["values", "import", values.path, "--database", database])
        #expect(long.status == 1)
        #expect(long.stderr.contains("line 51, column region"), "\(long.stderr)")
        #expect(!long.stderr.contains("line 52, column region"), "\(long.stderr)")
        #expect(long.stderr.contains("60 problem(s) in 60 of 60 rows"), "\(long.stderr)")
        #expect(long.stderr.contains("… and 10 more problem(s), not listed"), "\(long.stderr)")

        try "region,indicator,period,value\n659999,U01,2025,97.5\n".write(to: values, atomically: true, encoding: .utf8)
        let none = try OasisBinary.run(["values", "import", values.path, "--accept-valid", "--json", "--database", database])
        #expect(none.status == 1, "\(none.stdout) \(none.stderr)")
        let rejected = try JSONCLIOutput.object(none.stdout)
        #expect(rejected["rowCount"] as? Int == 1 && rejected["acceptedValues"] as? Int == 0 && rejected["rejectedRows"] as? Int == 1)
        #expect(rejected["record"] == nil)

        // The project library: the park is saved, the castle refused by its type.
        let projects = directory.appendingPathComponent("projects.csv")
        try "code,name_zh,type,region\nP-1,口袋公园,pocket_park,650100\nP-2,城堡,castle,650100\n".write(to: projects, atomically: true, encoding: .utf8)
        let allOrNothing = try OasisBinary.run(["projects", "import", projects.path, "--database", database])
        #expect(allOrNothing.status == 1)
        #expect(allOrNothing.stderr.contains("line 3, column type"), "\(allOrNothing.stderr)")
        let some = try OasisBinary.run(["projects", "import", projects.path, "--accept-valid", "--json", "--database", database])
        #expect(some.status == 3, "\(some.stderr)")
        let saved = try JSONCLIOutput.object(some.stdout)
        #expect(
            saved["rowCount"] as? Int == 2 && saved["created"] as? Int == 1 && saved["updated"] as? Int == 0 && saved["rejectedRows"] as? Int == 1)
        let list = try JSONCLIOutput.object(try OasisBinary.run(["projects", "list", "--json", "--database", database]).stdout)
        #expect(list["total"] as? Int == 1)
        #expect(((list["projects"] as? [[String: Any]])?.first?["project"] as? [String: Any])?["code"] as? String == "P-1", "\(list)")
    }
}
