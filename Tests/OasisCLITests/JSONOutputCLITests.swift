import Foundation
import OasisStore
import OasisTestSupport
import Testing

/// `--json`: one JSON document on standard output, errors on standard error with the exit status.
@Suite("oasis --json", .serialized)
struct JSONOutputCLITests {
    @Test("migrate, user create, list, token, tokens and audit verify print JSON; a broken chain still prints it and exits 1")
    func operatorCommands() async throws {
        let directory = try OasisBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = directory.appendingPathComponent("oasis.sqlite").path

        let migrated = try JSONCLIOutput.object(try OasisBinary.run(["migrate", "--json", "--database", database]).stdout)
        #expect(migrated["from"] as? Int == 0 && migrated["to"] as? Int == Migrations.latestVersion, "\(migrated)")
        #expect((migrated["applied"] as? [Int])?.last == Migrations.latestVersion)
        let status = try JSONCLIOutput.object(try OasisBinary.run(["migrate", "--status", "--json", "--database", database]).stdout)
        #expect(status["from"] as? Int == Migrations.latestVersion && status["buildVersion"] as? Int == Migrations.latestVersion)
        #expect((status["applied"] as? [Int])?.isEmpty == true)

        let generated = try OasisBinary.run(["user", "create", "--json", "--database", database, "--username", "dispatch01", "--role", "dispatcher"])
        #expect(generated.status == 0, "\(generated.stderr)")
        let created = try JSONCLIOutput.object(generated.stdout)
        #expect((created["user"] as? [String: Any])?["username"] as? String == "dispatch01")
        #expect((created["oneTimePassword"] as? String)?.hasPrefix("otp-") == true)
        let typed = try JSONCLIOutput.object(
            try OasisBinary.run(
                [
                    "user", "create", "--json", "--database", database, "--username", "ana", "--role", "analyst",
                    "--unit", "天山区城管局", "--password-stdin",
                ], input: "analysis-secret-1\n"
            ).stdout)
        #expect(typed["oneTimePassword"] == nil, "a password read from standard input is never printed")

        let users = try JSONCLIOutput.array(try OasisBinary.run(["user", "list", "--json", "--database", database]).stdout)
        // By username.
        #expect(users.map { $0["username"] as? String } == ["ana", "dispatch01"])
        #expect(users.map { $0["role"] as? String } == ["analyst", "dispatcher"])
        #expect(users.map { $0["mustChangePassword"] as? Bool } == [false, true])
        #expect((users[0]["scope"] as? [String: Any])?["units"] as? [String] == ["天山区城管局"], "\(users[0])")

        let token = try JSONCLIOutput.object(
            try OasisBinary.run(["user", "token", "--json", "--database", database, "--username", "ana", "--name", "etl"]).stdout)
        #expect(token["id"] as? Int == 1 && token["username"] as? String == "ana" && (token["token"] as? String)?.hasPrefix("oas_") == true)
        let tokens = try JSONCLIOutput.array(try OasisBinary.run(["user", "tokens", "--json", "--database", database, "--username", "ana"]).stdout)
        #expect(tokens.count == 1 && tokens.first?["name"] as? String == "etl" && tokens.first?["status"] as? String == "active")
        #expect(tokens.first?["token"] == nil, "the secret is never listed")
        #expect(tokens.first?["revoked"] as? Bool == false && tokens.first?["userId"] as? Int == 2, "ana is the second account: \(tokens)")

        // Two accounts created and one token issued: three audited events.
        let intact = try OasisBinary.run(["audit", "verify", "--json", "--database", database])
        #expect(intact.status == 0)
        let verified = try JSONCLIOutput.object(intact.stdout)
        #expect(verified["intact"] as? Bool == true && verified["eventCount"] as? Int == 3 && verified["lastSeq"] as? Int == 3)
        #expect((verified["problems"] as? [String])?.isEmpty == true)
        #expect(verified["anchorPath"] as? String == database + ".audit-anchor")
        #expect(verified["anchoredSeq"] as? Int == 3 && verified["missingAtEnd"] as? Int == 0)

        let store = try await Store.open(.sqlite(path: database), logger: TestStore.logger)
        try await store.database.execute("UPDATE audit_events SET action = 'user.nothing' WHERE seq = 1")
        await store.close()
        let broken = try OasisBinary.run(["audit", "verify", "--json", "--database", database])
        #expect(broken.status == 1)
        let report = try JSONCLIOutput.object(broken.stdout)
        #expect(report["intact"] as? Bool == false)
        #expect((report["problems"] as? [String])?.contains { $0.contains("event 1 (user.nothing user 1) was changed") } == true, "\(report)")
    }

    @Test("analyse shelters --json is --format json: per shelter and per district on the three-node street")
    func shelters() throws {
        let (folder, network, residences, build) = try SheltersCLITests.prepare()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(build.status == 0, "\(build.stderr)")
        let shelters = folder.appendingPathComponent("shelters.csv")
        try "id,name,lon,lat,effective_area_m2,class,district\ns1,Park,24.000,60.000,100,emergency,north\n"
            .write(to: shelters, atomically: true, encoding: .utf8)
        let run = try OasisBinary.run([
            "analyse", "shelters", "--network", network, "--shelters", shelters.path, "--residences", residences,
            "--json", "--quiet",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let report = try JSONCLIOutput.object(run.stdout)
        // 100 m² at 0.5 m² a person shelter 200; within 500 m of walking from A live 100 (A), 50 (B, 222 m) and 300 (C, 445 m).
        let shelter = try #require((report["shelters"] as? [[String: Any]])?.first)
        #expect(shelter["capacity"] as? Double == 200)
        #expect(shelter["populationWithinRadius"] as? Double == 450)
        #expect(shelter["surplus"] as? Double == -250)
        // North has 150 residents: 200 − 150 = 50 places to spare, 100 m² ÷ 150 people.
        let north = try #require((report["districts"] as? [[String: Any]])?.first { $0["district"] as? String == "north" })
        #expect(north["population"] as? Double == 150 && north["surplus"] as? Double == 50)
        #expect(abs((north["areaPerPerson"] as? Double ?? 0) - 100.0 / 150) < 1e-9)
        let both = try OasisBinary.run([
            "analyse", "shelters", "--network", network, "--shelters", shelters.path, "--residences", residences,
            "--json", "--format", "csv",
        ])
        #expect(both.status == 2)
        // A name that is no facility type is a bad argument for it.
        let castle = try OasisBinary.run(["analyse", "access", "--network", network, "--types", "castle", "--json", "--quiet"])
        #expect(castle.status == 2)
        #expect(castle.stderr.contains("--types: castle is not a facility type"), "\(castle.stderr)")
        #expect(castle.stdout.isEmpty)
        // A type the rules know but the network lacks is the finding "0 % covered", said on standard error.
        let police = try OasisBinary.run(["analyse", "access", "--network", network, "--types", "police", "--minutes", "5,15", "--json"])
        #expect(police.status == 0, "\(police.stderr)")
        let shares = try #require(try JSONSerialization.jsonObject(with: Data(police.stdout.utf8)) as? [String: [String: Double]])
        #expect(shares == ["police": ["5": 0, "15": 0]])
        #expect(police.stderr.contains("The network has no facility of type police: 0 % of its nodes are covered."), "\(police.stderr)")
    }
}
