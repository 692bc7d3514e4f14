import Foundation
import HTTPTypes
import OasisCore
import OasisCredentials
import OasisServer
import OasisServices
import OasisStore
import OasisTestSupport
import Testing

@Suite("Password rules: a change asks for the current password (not in the forced first change), refuses the one-time password and the last N")
struct PasswordHistoryTests {
    /// The code and field of the error a password change throws; nil when it succeeds.
    static func refusal(_ change: () async throws -> Void) async -> String? {
        do {
            try await change()
            return nil
        } catch let error as OasisError {
            return error.code + "@" + (error.details.first?.field ?? "")
        } catch {
            return "\(error)"
        }
    }

    @Test(
        "with a history of 2: missing or wrong current password, reuse of the current and the 2 before it refused; the 3rd before allowed; kept hashed",
        arguments: TestStoreKind.available)
    func history(kind: TestStoreKind) async throws {
        try await Harness.run(kind) { app in
            let identity = IdentityService(store: app.store, hasher: PasswordHasher(cost: 4), passwordHistory: 2)
            let clerk = try await identity.createUser(
                username: "clerk", displayName: nil, role: .analyst, scope: .everything, password: "pass-one-0001", by: .system)
            let principal = Principal(user: clerk)
            func change(_ new: String, current: String?) async -> String? {
                await Self.refusal { try await identity.changePassword(userID: clerk.id, to: new, current: current, by: principal) }
            }
            #expect(await change("pass-two-0002", current: nil) == "current_password_required@currentPassword")
            #expect(await change("pass-two-0002", current: "not-the-one") == "current_password_wrong@currentPassword")
            #expect(await change("short", current: "pass-one-0001") == "password_too_short@password")
            #expect(await change("pass-one-0001", current: "pass-one-0001") == "password_reused@password")
            #expect(await change("pass-two-0002", current: "pass-one-0001") == nil)
            #expect(await change("pass-three-03", current: "pass-two-0002") == nil)
            #expect(await change("pass-one-0001", current: "pass-three-03") == "password_reused@password", "2 before the current")
            #expect(await change("pass-four-004", current: "pass-three-03") == nil)
            // History now: current four; earlier three, two. One is 3 changes back: allowed again.
            let rows = try await app.store.database.query("SELECT password_hash FROM password_history WHERE user_id = ?", [.int(clerk.id)])
            #expect(rows.count == 2)
            #expect(try rows.allSatisfy { try $0.string("password_hash").hasPrefix("$2") })
            #expect(await change("pass-one-0001", current: "pass-four-004") == nil)
            #expect(try await identity.authenticate(username: "clerk", password: "pass-one-0001") != nil)
        }
    }

    @Test(
        "after a reset, the forced change needs no current password but refuses the one-time password and the password before the reset",
        arguments: TestStoreKind.available)
    func forcedChange(kind: TestStoreKind) async throws {
        try await Harness.run(kind) { app in
            let identity = IdentityService(store: app.store, hasher: PasswordHasher(cost: 4))
            #expect(identity.passwordHistory == 5, "the default")
            let clerk = try await identity.createUser(
                username: "clerk", displayName: nil, role: .analyst, scope: .everything, password: "pass-one-0001", by: .system)
            let (_, oneTime) = try await identity.resetPassword(userID: clerk.id, by: .system)
            let principal = Principal(user: try #require(try await app.store.users.resolve(id: clerk.id)))
            func change(_ new: String) async -> String? {
                await Self.refusal { try await identity.changePassword(userID: clerk.id, to: new, current: nil, by: principal) }
            }
            #expect(await change(oneTime) == "password_is_one_time@password")
            #expect(await change("pass-one-0001") == "password_reused@password")
            #expect(await change("pass-two-0002") == nil)
            #expect(try await app.store.users.resolve(id: clerk.id)?.mustChangePassword == false)
        }
    }

    @Test("the setting: OASIS_PASSWORD_HISTORY and the config file set it, 0–24, default 5")
    func setting() throws {
        #expect(ServerConfiguration().passwordHistory == 5)
        var configuration = ServerConfiguration()
        try configuration.apply(PartialServerConfiguration(environment: ["OASIS_PASSWORD_HISTORY": "12"]))
        #expect(configuration.passwordHistory == 12)
        #expect(throws: OasisError.self) { try configuration.apply(PartialServerConfiguration(passwordHistory: 25)) }
        let file = try JSONDecoder().decode(PartialServerConfiguration.self, from: Data(#"{"passwordHistory": 0}"#.utf8))
        try configuration.apply(file)
        #expect(configuration.passwordHistory == 0)
    }
}
