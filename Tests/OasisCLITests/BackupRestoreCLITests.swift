import Foundation
import OasisCore
import OasisStore
import OasisTestSupport
import Testing

@Suite("oasis backup and oasis restore", .serialized)
struct BackupRestoreCLITests {
    static func export(_ database: String) throws -> [String: Any] {
        let run = try OasisBinary.run(["store", "export", "--database", database, "--json"])
        #expect(run.status == 0, "\(run.stderr)")
        return try JSONCLIOutput.object(run.stdout)
    }

    static func tables(_ export: [String: Any]) -> [String: String] {
        Dictionary(
            ((export["tables"] as? [[String: Any]]) ?? []).map { ("\($0["table"] ?? "")", "\($0["rows"] ?? "")/\($0["digest"] ?? "")") },
            uniquingKeysWith: { first, _ in first })
    }

    @Test(
        "a backup of a running server's store taken during writes restores to a sound store; once quiet, exports are equal",
        .timeLimit(.minutes(5)))
    func backupWhileServing() async throws {
        let directory = try OasisBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let server = try RunningServer.start(in: directory, environment: ["OASIS_ADMIN_PASSWORD": "backup-admin-password-1"], timeout: 120)
        defer { server.stop() }
        #expect(server.port != nil, "\(server.banner)")
        let database = directory.appendingPathComponent("oasis-data/oasis.sqlite").path
        let backup = directory.appendingPathComponent("during.sqlite").path

        let store = try await TestStore.open(.sqlite(path: database), auditAnchorPath: database + ".audit-anchor")
        var environment = ProcessInfo.processInfo.environment
        environment["OASIS_DATABASE_URL"] = nil
        let child = try ChildProcess(OasisBinary.path, ["backup", "--database", database, "--to", backup], environment: environment)
        var written = 0
        while child.isRunning || written < 5 {
            written += 1
            _ = try await store.users.create(
                username: "load\(written)", displayName: "load", role: .analyst, scope: AccessScope(), passwordHash: "x",
                mustChangePassword: false, by: .system)
        }
        await store.close()
        #expect(child.waitUntilExit() == 0, "\(child.standardError)")
        #expect(child.standardOutput.contains("backed up \(database) to \(backup)"))

        let restored = directory.appendingPathComponent("restored.sqlite").path
        let restore = try OasisBinary.run(["restore", "--from", backup, "--database", restored])
        #expect(restore.status == 0, "\(restore.stderr)")
        #expect(restore.stdout.contains("integrity check ok"))
        let verify = try OasisBinary.run(["audit", "verify", "--database", restored])
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
        let loadRows = Int(Self.tables(try Self.export(restored))["users"]?.split(separator: "/").first ?? "") ?? -1
        #expect(loadRows >= 1 && loadRows <= written + 1, "the admin and some of the \(written) users written during the backup")

        server.stop()
        let quiet = directory.appendingPathComponent("quiet.sqlite").path
        #expect(try OasisBinary.run(["backup", "--database", database, "--to", quiet]).status == 0)
        let restoredQuiet = directory.appendingPathComponent("restored-quiet.sqlite").path
        #expect(try OasisBinary.run(["restore", "--from", quiet, "--database", restoredQuiet]).status == 0)
        let (original, copy) = (Self.tables(try Self.export(database)), Self.tables(try Self.export(restoredQuiet)))
        #expect(original == copy)
        #expect(original["users"]?.hasPrefix("\(written + 1)/") == true, "the admin and every user written")
        #expect((original["regions"].flatMap { Int($0.split(separator: "/")[0]) } ?? 0) > 0, "the demo's regions")
    }

    @Test("missing files, files that are not Oasis databases and occupied targets are refused with clear errors, nothing written")
    func refusals() throws {
        let directory = try OasisBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = directory.appendingPathComponent("oasis.sqlite").path
        #expect(try OasisBinary.run(["migrate", "--database", database]).status == 0)
        let out = directory.appendingPathComponent("out.sqlite").path

        let missing = try OasisBinary.run(["backup", "--database", directory.appendingPathComponent("none.sqlite").path, "--to", out])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("There is no database file at"), "\(missing.stderr)")
        let text = directory.appendingPathComponent("notes.txt").path
        try "only words".write(toFile: text, atomically: true, encoding: .utf8)
        let notOasis = try OasisBinary.run(["restore", "--from", text, "--database", out])
        #expect(notOasis.status == 1)
        #expect(notOasis.stderr.contains("is not an Oasis database"), "\(notOasis.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))

        #expect(try OasisBinary.run(["backup", "--database", database, "--to", out]).status == 0)
        let again = try OasisBinary.run(["backup", "--database", database, "--to", out])
        #expect(again.status == 1)
        #expect(again.stderr.contains("already exists"), "\(again.stderr)")
        let occupied = try OasisBinary.run(["restore", "--from", out, "--database", database])
        #expect(occupied.status == 1)
        #expect(occupied.stderr.contains("--replace"), "\(occupied.stderr)")
        #expect(occupied.stderr.contains("pass --replace to overwrite it"), "not taken for a live database: \(occupied.stderr)")
        let replaced = try OasisBinary.run(["restore", "--from", out, "--database", database, "--replace"])
        #expect(replaced.status == 0, "\(replaced.stderr)")

        let postgres = try OasisBinary.run(["backup", "--database", "postgres://localhost/oasis", "--to", out + "2"])
        #expect(postgres.status == 1)
        #expect(postgres.stderr.contains("pg_dump"), "\(postgres.stderr)")
    }
}
