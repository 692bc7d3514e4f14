import Foundation
import OasisCore
import OasisStore
import OasisTestSupport
import Testing

@Suite("oasis user disable, enable, reset-password, update, tokens and revoke-token", .serialized)
struct UserLifecycleCLITests {
    /// A migrated SQLite database with an administrator and a clerk (who has one API token named "etl").
    static func database(in directory: URL) throws -> String {
        let database = directory.appendingPathComponent("oasis.sqlite").path
        for (name, role) in [("boss", "admin"), ("clerk", "analyst")] {
            let created = try OasisBinary.run(
                ["user", "create", "--database", database, "--username", name, "--role", role, "--password-stdin"],
                input: "\(name)-secret-1\n")
            #expect(created.status == 0, "\(created.stderr)")
        }
        #expect(try OasisBinary.run(["user", "token", "--database", database, "--username", "clerk", "--name", "etl"]).status == 0)
        return database
    }

    static func clerk(_ database: String) async throws -> (disabled: Bool, mustChange: Bool, hash: String, role: String) {
        let store = try await Store.open(.sqlite(path: database), logger: TestStore.logger)
        let found: (user: User, passwordHash: String)?
        do {
            found = try await store.users.credentials(username: "clerk")
        } catch {
            await store.close()
            throw error
        }
        await store.close()
        let (user, hash) = try #require(found)
        return (user.disabled, user.mustChangePassword, hash, user.role.rawValue)
    }

    @Test("disable and enable change the user, are audited, and refuse the last administrator or an unknown user clearly")
    func disableAndEnable() async throws {
        let directory = try OasisBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = try Self.database(in: directory)

        let disabled = try OasisBinary.run(["user", "disable", "--database", database, "--username", "clerk"])
        #expect(disabled.status == 0, "\(disabled.stderr)")
        #expect(disabled.stdout.contains("disabled user clerk"))
        #expect(try await Self.clerk(database).disabled)
        #expect(try OasisBinary.run(["user", "list", "--database", database]).stdout.contains("disabled"))

        let enabled = try OasisBinary.run(["user", "enable", "--database", database, "--username", "clerk"])
        #expect(enabled.status == 0, "\(enabled.stderr)")
        #expect(try await Self.clerk(database).disabled == false)

        let last = try OasisBinary.run(["user", "disable", "--database", database, "--username", "boss"])
        #expect(last.status != 0)
        #expect(last.stderr.contains("last active administrator"), "\(last.stderr)")
        let unknown = try OasisBinary.run(["user", "disable", "--database", database, "--username", "nobody"])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("No user named nobody"))

        let store = try await Store.open(.sqlite(path: database), logger: TestStore.logger)
        let actions = try await store.database.query("SELECT action FROM audit_events WHERE entity_type = 'user' ORDER BY seq").map {
            try $0.string("action")
        }
        await store.close()
        #expect(actions == ["user.create", "user.create", "user.disable", "user.enable"])
    }

    @Test("reset-password prints a one-time password once and the user must change it; update, tokens and revoke-token work")
    func resetUpdateAndTokens() async throws {
        let directory = try OasisBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = try Self.database(in: directory)
        let before = try await Self.clerk(database)

        let reset = try OasisBinary.run(["user", "reset-password", "--database", database, "--username", "clerk"])
        #expect(reset.status == 0, "\(reset.stderr)")
        #expect(reset.stdout.contains("one-time password for clerk"))
        let after = try await Self.clerk(database)
        #expect(after.mustChange)
        #expect(after.hash != before.hash)

        let updated = try OasisBinary.run([
            "user", "update", "--database", database, "--username", "clerk", "--role", "dispatcher", "--unit", "天山区城管局",
        ])
        #expect(updated.status == 0, "\(updated.stderr)")
        #expect(updated.stdout.contains("role dispatcher, scope 天山区城管局"))
        #expect(try await Self.clerk(database).role == "dispatcher")
        let unknownRegion = try OasisBinary.run(["user", "update", "--database", database, "--username", "clerk", "--region", "650100"])
        #expect(unknownRegion.status != 0)
        #expect(unknownRegion.stderr.contains("Unknown region 650100"), "an empty store holds no regions: \(unknownRegion.stderr)")
        let badRole = try OasisBinary.run(["user", "update", "--database", database, "--username", "clerk", "--role", "mayor"])
        #expect(badRole.status != 0)
        #expect(badRole.stderr.contains("Unknown role \"mayor\""))

        let tokens = try OasisBinary.run(["user", "tokens", "--database", database, "--username", "clerk"])
        #expect(tokens.stdout.contains("etl") && tokens.stdout.contains("active"), "\(tokens.stdout)")
        let revoked = try OasisBinary.run(["user", "revoke-token", "--database", database, "--username", "clerk", "--id", "1"])
        #expect(revoked.status == 0, "\(revoked.stderr)")
        #expect(try OasisBinary.run(["user", "tokens", "--database", database, "--username", "clerk"]).stdout.contains("revoked"))
        let missing = try OasisBinary.run(["user", "revoke-token", "--database", database, "--username", "clerk", "--id", "9"])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("Token 9 does not exist"))
    }

    @Test("token --expires-in-days sets the expiry; expire-token ends a token now; sign-out ends every session; all audited")
    func expiryAndSignOut() async throws {
        let directory = try OasisBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = try Self.database(in: directory)

        let issued = try OasisBinary.run([
            "user", "token", "--database", database, "--username", "clerk", "--name", "short", "--expires-in-days", "2", "--json",
        ])
        #expect(issued.status == 0, "\(issued.stderr)")
        let token = try JSONCLIOutput.object(issued.stdout)
        let expires = try #require((token["expiresAt"] as? String).flatMap { try? Date($0, strategy: .iso8601) })
        #expect(abs(expires.timeIntervalSinceNow - 2 * 86_400) < 600, "two days from now: \(expires)")
        let configured = try OasisBinary.run(
            ["user", "token", "--database", database, "--username", "clerk", "--name", "default", "--json"],
            environment: ["OASIS_TOKEN_LIFETIME_DAYS": "10"])
        #expect(configured.status == 0, "\(configured.stderr)")
        let byDefault = try #require(
            (try JSONCLIOutput.object(configured.stdout)["expiresAt"] as? String).flatMap { try? Date($0, strategy: .iso8601) })
        #expect(abs(byDefault.timeIntervalSinceNow - 10 * 86_400) < 600, "tokenLifetimeDays from the environment: \(byDefault)")
        let tooLong = try OasisBinary.run(["user", "token", "--database", database, "--username", "clerk", "--expires-in-days", "4000"])
        #expect(tooLong.status == 1)
        #expect(tooLong.stderr.contains("expiresInDays"), "\(tooLong.stderr)")

        let expired = try OasisBinary.run(["user", "expire-token", "--database", database, "--username", "clerk", "--id", "2"])
        #expect(expired.status == 0, "\(expired.stderr)")
        #expect(expired.stdout.contains("token 2 (short) of clerk is expired"), "\(expired.stdout)")
        let listed = try JSONCLIOutput.array(
            try OasisBinary.run(["user", "tokens", "--database", database, "--username", "clerk", "--json"]).stdout)
        #expect(listed.map { $0["status"] as? String } == ["active", "expired", "active"])
        let missing = try OasisBinary.run(["user", "expire-token", "--database", database, "--username", "clerk", "--id", "9"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("Token 9 does not exist"))

        let store = try await Store.open(.sqlite(path: database), logger: TestStore.logger)
        let clerkID = try #require(try await store.users.credentials(username: "clerk")?.user.id)
        for n in 1...3 {
            try await store.sessions.create(tokenHash: "session-\(n)", userID: clerkID, lifetime: 3_600)
        }
        await store.close()
        let signedOut = try OasisBinary.run(["user", "sign-out", "--database", database, "--username", "clerk"])
        #expect(signedOut.status == 0, "\(signedOut.stderr)")
        #expect(signedOut.stdout.contains("3 session(s) ended"), "\(signedOut.stdout)")

        let check = try await Store.open(.sqlite(path: database), logger: TestStore.logger)
        let sessions = try await check.database.first("SELECT COUNT(*) AS n FROM sessions")?.int("n")
        let actions = try await check.database.query("SELECT action FROM audit_events ORDER BY seq").map { try $0.string("action") }
        await check.close()
        #expect(sessions == 0)
        #expect(actions.suffix(4) == ["token.create", "token.create", "token.expire", "user.sessions_end"])
    }
}
