import Foundation
import OasisStore
import OasisTestSupport
import Testing

@Suite("The oasis command line", .serialized)
struct CLITests {
    @Test("a database URL that cannot be reached at start gives a clear message and a non-zero exit")
    func unreachableDatabase() throws {
        let start = Date()
        let result = try OasisBinary.run(["serve", "--database", "postgres://oasis:secret@127.0.0.1:1/oasis", "--port", "0"], timeout: 30)
        #expect(result.status != 0)
        #expect(result.stderr.contains("Cannot reach PostgreSQL at postgres://oasis:***@127.0.0.1:1/oasis"))
        #expect(!result.stderr.contains("secret"))
        #expect(Date().timeIntervalSince(start) < 25)
    }

    @Test("an unwritable database path gives a clear message and a non-zero exit")
    func unwritablePath() throws {
        let result = try OasisBinary.run(["serve", "--database", "/dev/null/oasis-data/oasis.sqlite", "--port", "0"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("/dev/null/oasis-data"))
    }

    @Test("a database from a newer Oasis is refused by serve and migrate")
    func newerSchema() async throws {
        let directory = try OasisBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("oasis.sqlite").path
        let store = try await Store.open(.sqlite(path: path), logger: TestStore.logger)
        try await store.migrate()
        try await store.database.execute("INSERT INTO oasis_schema_migrations (version, description, applied_at) VALUES (42, 'future', 0)")
        await store.close()
        for command in [["migrate"], ["serve", "--port", "0"]] {
            let result = try OasisBinary.run(command + ["--database", path])
            #expect(result.status != 0, "\(command)")
            #expect(result.stderr.contains("schema version 42, written by a newer Oasis"), "\(command): \(result.stderr)")
        }
    }

    @Test("migrate reports versions; user create, list and token work; audit verify catches tampering")
    func operatorCommands() async throws {
        let directory = try OasisBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = directory.appendingPathComponent("oasis.sqlite").path
        let migrated = try OasisBinary.run(["migrate", "--database", database])
        #expect(migrated.status == 0)
        #expect(migrated.stdout.contains("from schema version 0 to \(Migrations.latestVersion)"))
        let status = try OasisBinary.run(["migrate", "--status", "--database", database])
        #expect(status.stdout.contains("schema version \(Migrations.latestVersion)"))

        let created = try OasisBinary.run(["user", "create", "--database", database, "--username", "dispatch01", "--role", "dispatcher"])
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stdout.contains("one-time password"))
        let withPassword = try OasisBinary.run(
            [
                "user", "create", "--database", database, "--username", "ana", "--role", "analyst",
                "--password-stdin",
            ], input: "analysis-secret-1\n")
        #expect(withPassword.status == 0, "\(withPassword.stderr)")
        let badRole = try OasisBinary.run(["user", "create", "--database", database, "--username", "x", "--role", "mayor"])
        #expect(badRole.status != 0)
        #expect(badRole.stderr.contains("Unknown role \"mayor\""))
        let list = try OasisBinary.run(["user", "list", "--database", database])
        #expect(list.stdout.contains("dispatch01") && list.stdout.contains("must change password") && list.stdout.contains("analyst"))
        let token = try OasisBinary.run(["user", "token", "--database", database, "--username", "ana", "--name", "etl"])
        #expect(token.stdout.hasPrefix("oas_"))

        let intact = try OasisBinary.run(["audit", "verify", "--database", database])
        #expect(intact.status == 0)
        #expect(intact.stdout.contains("audit chain intact: 3 events"))
        let store = try await Store.open(.sqlite(path: database), logger: TestStore.logger)
        try await store.database.execute("UPDATE audit_events SET action = 'user.nothing' WHERE seq = 1")
        await store.close()
        let broken = try OasisBinary.run(["audit", "verify", "--database", database])
        #expect(broken.status == 1)
        #expect(broken.stdout.contains("event 1 (user.nothing user 1) was changed"))
    }

    @Test("region import reports a bad file by line and writes nothing")
    func regionImport() throws {
        let directory = try OasisBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = directory.appendingPathComponent("oasis.sqlite").path
        let file = directory.appendingPathComponent("regions.csv")
        try "code,parent_code,level,name_zh,name_en\n110000,,province,北京市,Beijing\n110100,110000,city,市辖区,Districts\n".write(
            to: file, atomically: true, encoding: .utf8)
        let refused = try OasisBinary.run(["region", "import", file.path, "--database", database])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("line 3, column level"))
        try "code,parent_code,level,name_zh,name_en\n110000,,province,北京市,Beijing\n110100,110000,prefecture,市辖区,Districts\n".write(
            to: file, atomically: true, encoding: .utf8)
        let accepted = try OasisBinary.run(["region", "import", file.path, "--database", database])
        #expect(accepted.stdout.contains("2 inserted"), "\(accepted.stderr)")
    }

    @Test("serve starts on an empty database, seeds the demo, keeps the one-time password out of its piped output, and stops gracefully on SIGTERM")
    func serveLifecycle() throws {
        let directory = try OasisBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let server = try RunningServer.start(in: directory, environment: ["OASIS_ADMIN_PASSWORD": nil])
        let process = server.process
        let text = server.banner
        #expect(text.contains("one-time password"))
        #expect(text.contains("Oasis is listening on http://127.0.0.1:"))
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("oasis-data/oasis.sqlite").path))
        // Standard output is not a terminal here, as under a service manager: the password goes to a file only its owner reads.
        let file = directory.appendingPathComponent("oasis-data/admin-one-time-password.txt")
        #expect(text.contains(file.lastPathComponent))
        let password = try String(contentsOf: file, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(password.count >= 10)
        #expect(!text.contains(password))
        let mode = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        process.terminate()
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 0)
        // A second start finds the administrator and prints no password.
        let again = try OasisBinary.run(["serve", "--port", "0", "--log-level", "warning"], timeout: 4, directory: directory)
        #expect(again.stdout.contains("listening on"))
        #expect(!again.stdout.contains("one-time password"))
    }

    @Test("serve logs when a graceful shutdown starts and when the server has stopped")
    func shutdownLogged() throws {
        let directory = try OasisBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        // Killed with SIGTERM after the timeout, as a service manager stops it.
        let run = try OasisBinary.run(
            ["serve", "--port", "0", "--log-level", "notice", "--no-seed-demo"],
            environment: ["OASIS_ADMIN_PASSWORD": "cli-admin-password-1"], timeout: 5, directory: directory)
        #expect(run.stdout.contains("listening on"))
        #expect(run.stderr.contains("shutting down"))
        #expect(run.stderr.contains("server stopped"))
        #expect(run.status == 0)
    }

    @Test("--log-format json writes every log event as one JSON object per line")
    func jsonLogs() throws {
        let directory = try OasisBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try OasisBinary.run(
            ["serve", "--port", "0", "--log-level", "info", "--log-format", "json", "--no-demo"],
            environment: ["OASIS_ADMIN_PASSWORD": "cli-admin-password-1"], timeout: 5, directory: directory)
        let lines = run.stderr.split(separator: "\n").filter { !$0.isEmpty }
        #expect(lines.count >= 3, "\(run.stderr)")
        let objects = lines.compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(objects.count == lines.count, "every line is a JSON object")
        #expect(objects.allSatisfy { $0["time"] is String && $0["level"] is String && $0["message"] is String })
        #expect(objects.contains { $0["message"] as? String == "server stopped" && $0["level"] as? String == "notice" })
        let refused = try OasisBinary.run(["serve", "--port", "0", "--log-format", "xml"], timeout: 5, directory: directory)
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("log format"))
    }
}
