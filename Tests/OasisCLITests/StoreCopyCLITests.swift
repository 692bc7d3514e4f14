import Foundation
import OasisCore
import OasisStore
import OasisTestSupport
import Testing

@Suite("oasis store copy and oasis store export", .serialized)
struct StoreCopyCLITests {
    @Test(
        "the demo moves to an empty database (PostgreSQL when available) with equal exports and an intact audit chain",
        .timeLimit(.minutes(5)), arguments: TestStoreKind.available)
    func demo(kind: TestStoreKind) async throws {
        let directory = try OasisBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let server = try RunningServer.start(in: directory, environment: ["OASIS_ADMIN_PASSWORD": "copy-admin-password-1"], timeout: 120)
        server.stop()
        let database = directory.appendingPathComponent("oasis-data/oasis.sqlite").path
        let target = try await TestStore.make(kind)
        do {
            try Self.copyAndCompare(database: database, target: target)
            await target.remove()
        } catch {
            await target.remove()
            throw error
        }
    }

    static func copyAndCompare(database: String, target: TestStore) throws {
        let url: String =
            switch target.location {
            case .postgres(let url): url
            case .sqlite(let path): "sqlite:" + path
            }

        let copy = try OasisBinary.run(["store", "copy", "--from", database, "--to", url, "--json"], timeout: 240)
        #expect(copy.status == 0, "\(copy.stderr)")
        let result = try JSONCLIOutput.object(copy.stdout)
        #expect(result["auditIntact"] as? Bool == true)
        #expect(copy.stderr.contains("copied regions:"), "progress per table on standard error with --json")

        let (source, copied) = (
            try OasisBinary.run(["store", "export", "--database", database, "--json"]),
            try OasisBinary.run(["store", "export", "--database", url, "--json"])
        )
        #expect(source.status == 0 && copied.status == 0, "\(source.stderr)\(copied.stderr)")
        let (left, right) = (try JSONCLIOutput.object(source.stdout), try JSONCLIOutput.object(copied.stdout))
        let tables = try #require(left["tables"] as? [[String: Any]])
        #expect(tables.count > 20)
        #expect(((tables.first { $0["table"] as? String == "regions" })?["rows"] as? Int ?? 0) > 10, "the demo's regions")
        #expect(NSDictionary(dictionary: left).isEqual(to: right), "equal exports:\n\(source.stdout)\n\(copied.stdout)")
        let verify = try OasisBinary.run(["audit", "verify", "--database", url])
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")

        let twice = try OasisBinary.run(["store", "copy", "--from", database, "--to", url])
        #expect(twice.status == 1)
        #expect(twice.stderr.contains("is not empty"), "\(twice.stderr)")
        #expect(try OasisBinary.run(["store", "export", "--database", url, "--json"]).stdout == copied.stdout, "nothing written")
    }

    @Test("a wrong URL or a missing source is a clear error")
    func badInput() throws {
        let directory = try OasisBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = directory.appendingPathComponent("oasis.sqlite").path
        #expect(try OasisBinary.run(["migrate", "--database", database]).status == 0)
        let mysql = try OasisBinary.run(["store", "copy", "--from", database, "--to", "mysql://db/oasis"])
        #expect(mysql.status == 2)
        #expect(mysql.stderr.contains("--to must be a postgres:// or postgresql:// URL"), "\(mysql.stderr)")
        let missing = try OasisBinary.run(["store", "copy", "--from", directory.appendingPathComponent("nope.sqlite").path, "--to", "sqlite:/tmp/x"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("There is no database file at"), "\(missing.stderr)")
        let unreachable = try OasisBinary.run(
            ["store", "copy", "--from", database, "--to", "postgres://oasis@127.0.0.1:1/oasis?connect_timeout=2"], timeout: 60)
        #expect(unreachable.status == 1)
        #expect(!unreachable.stderr.isEmpty)
        let hostless = try OasisBinary.run(["store", "copy", "--from", database, "--to", "postgres://"])
        #expect(hostless.status == 1)
        #expect(hostless.stderr.contains("Not a PostgreSQL URL"), "\(hostless.stderr)")
    }
}
