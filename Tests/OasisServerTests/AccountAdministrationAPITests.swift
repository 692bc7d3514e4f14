import Foundation
import HTTPTypes
import HummingbirdTesting
import Logging
import OasisCore
import OasisServer
import OasisServices
import OasisStore
import OasisTestSupport
import Testing

@Suite("Account administration over the API: sign a user out, expire tokens, token lifetimes, and nothing outside the scope")
struct AccountAdministrationAPITests {
    typealias Lifecycle = AccountLifecycleAPITests

    @Test("a user manager signs a user out everywhere: every session ends at once, tokens stay, audited", arguments: TestStoreKind.available)
    func signUserOut(kind: TestStoreKind) async throws {
        try await Harness.run(kind) { app in
            let clerk = try await Lifecycle.account(app, "clerk", .analyst)
            let first = try #require(try await Lifecycle.signIn(app, clerk.username, clerk.password))
            let second = try #require(try await Lifecycle.signIn(app, clerk.username, clerk.password))
            let ended = try await app.request(.post, "/api/v1/users/\(clerk.id)/sessions/revoke-all", token: app.adminToken)
            #expect(ended.status == .ok)
            #expect(try ended.json()["sessionsEnded"] as? Int == 2)
            #expect(try await app.request(.get, "/api/v1/me", headers: first).status == .unauthorized)
            #expect(try await app.request(.get, "/api/v1/me", headers: second).status == .unauthorized)
            #expect(try await app.request(.get, "/api/v1/me", token: clerk.token).status == .ok, "tokens are revoked separately")
            #expect(try await Lifecycle.auditActions(app, id: clerk.id) == ["user.create", "user.sessions_end"])
            #expect(try await app.request(.post, "/api/v1/users/999999/sessions/revoke-all", token: app.adminToken).status == .notFound)
            #expect(try await app.request(.post, "/api/v1/users/\(clerk.id)/sessions/revoke-all", token: app.analystToken).status == .forbidden)
        }
    }

    @Test(
        "a token expires now on request and is refused at once; a lifetime can be chosen at issue, within 1–3650 days",
        arguments: TestStoreKind.available)
    func expireToken(kind: TestStoreKind) async throws {
        try await Harness.run(kind) { app in
            let clerk = try await Lifecycle.account(app, "clerk", .analyst)
            let tokenID = try #require(try await app.store.tokens.list(userID: clerk.id).first?.id)
            let expired = try await app.request(.post, "/api/v1/users/\(clerk.id)/tokens/\(tokenID)/expire", token: app.adminToken)
            #expect(expired.status == .ok)
            #expect(try expired.json()["status"] as? String == "expired")
            #expect(try await app.request(.get, "/api/v1/me", token: clerk.token).status == .unauthorized)
            #expect(try await Lifecycle.auditActions(app, entityType: "api_token", id: tokenID) == ["token.create", "token.expire"])
            #expect(try await app.request(.post, "/api/v1/users/\(clerk.id)/tokens/424242/expire", token: app.adminToken).status == .notFound)
            let word = try await app.request(.post, "/api/v1/users/\(clerk.id)/tokens/first/expire", token: app.adminToken)
            #expect(word.status == .badRequest)
            #expect(try word.json().description.contains("tokenId"))

            let issued = try await app.request(
                .post, "/api/v1/users/\(clerk.id)/tokens", token: app.adminToken, json: #"{"name": "week", "expiresInDays": 7}"#)
            #expect(issued.status == .created)
            let issuedID = try #require(try issued.json()["id"] as? Int)
            let stored = try #require(try await app.store.tokens.list(userID: clerk.id).first { $0.id == Int64(issuedID) })
            let expires = try #require(stored.expiresAt)
            #expect(abs(expires.timeIntervalSince(stored.createdAt) - 7 * 86_400) < 1, "7 × 86,400 s")
            #expect((try issued.json()["expiresAt"] as? String).flatMap { try? Date($0, strategy: .iso8601) } != nil)
            for days in [0, 3651] {
                let refused = try await app.request(
                    .post, "/api/v1/users/\(clerk.id)/tokens", token: app.adminToken, json: #"{"name": "bad", "expiresInDays": \#(days)}"#)
                #expect(refused.status == .badRequest, "\(days)")
                #expect(try refused.json().description.contains("expiresInDays"))
            }
            #expect(try await app.store.tokens.list(userID: clerk.id).count == 2, "nothing written for the refused lifetimes")
        }
    }

    @Test("an administrator of Urumqi cannot act on a Kashgar user by any route: 403 and nothing written", arguments: TestStoreKind.available)
    func outsideScope(kind: TestStoreKind) async throws {
        try await Harness.run(kind) { app in
            let urumqiAdmin = try await Lifecycle.account(app, "ur-admin", .admin, regions: ["650100"])
            let kashgarClerk = try await Lifecycle.account(app, "ks-clerk", .analyst, regions: ["653100"])
            let session = try #require(try await Lifecycle.signIn(app, kashgarClerk.username, kashgarClerk.password))
            let tokenID = try #require(try await app.store.tokens.list(userID: kashgarClerk.id).first?.id)
            let auditBefore = try await app.store.database.first("SELECT COUNT(*) AS n FROM audit_events")?.int("n")
            let base = "/api/v1/users/\(kashgarClerk.id)"
            let attempts: [(HTTPRequest.Method, String, String?)] = [
                (.post, base + "/disable", nil), (.post, base + "/enable", nil), (.post, base + "/password-reset", nil),
                (.patch, base, #"{"role": "supervisor"}"#), (.get, base + "/tokens", nil), (.delete, base + "/tokens/\(tokenID)", nil),
                (.post, base + "/tokens/\(tokenID)/expire", nil), (.post, base + "/sessions/revoke-all", nil),
                (.post, base + "/tokens", #"{"name": "stolen"}"#),
            ]
            for (method, path, json) in attempts {
                let answer = try await app.request(method, path, token: urumqiAdmin.token, json: json)
                #expect([.forbidden, .notFound].contains(answer.status), "\(method) \(path): \(answer.status)")
            }
            #expect(try await app.store.database.first("SELECT COUNT(*) AS n FROM audit_events")?.int("n") == auditBefore, "nothing audited")
            #expect(try await app.store.tokens.list(userID: kashgarClerk.id).map(\.revoked) == [false], "no token issued or revoked")
            #expect(try await app.request(.get, "/api/v1/me", headers: session).status == .ok, "the session lives")
            #expect(try await app.request(.get, "/api/v1/me", token: kashgarClerk.token).status == .ok, "the token lives")
            let user = try #require(try await app.store.users.resolve(id: kashgarClerk.id))
            #expect(!user.disabled && !user.mustChangePassword && user.role == .analyst)
        }
    }

    @Test(
        "a token issued before tokens expired gets the configured lifetime when the server starts, audited once", arguments: TestStoreKind.available)
    func legacyTokensExpire(kind: TestStoreKind) async throws {
        try await TestStore.with(kind) { store in
            let user = try await store.users.create(
                username: "machine", displayName: "m", role: .analyst, scope: AccessScope(), passwordHash: "x", mustChangePassword: false,
                by: .system)
            _ = try await store.tokens.create(userID: user.id, name: "old", tokenHash: "h-old", lifetime: nil, by: .system)
            _ = try await store.tokens.create(userID: user.id, name: "new", tokenHash: "h-new", lifetime: 86_400, by: .system)
            var configuration = ServerConfiguration()
            configuration.tokenLifetimeDays = 90
            configuration.bcryptCost = 4
            configuration.seedDemo = false
            _ = try await Bootstrap(store: store, configuration: configuration).run(adminPassword: "bootstrap-admin-1", logger: TestStore.logger)
            let tokens = try await store.tokens.list(userID: user.id)
            let old = try #require(tokens.first { $0.name == "old" })
            let days = try #require(old.expiresAt).timeIntervalSinceNow / 86_400
            #expect(days > 89.9 && days <= 90, "\(days)")
            let new = try #require(tokens.first { $0.name == "new" })
            #expect(try #require(new.expiresAt).timeIntervalSince(new.createdAt) == 86_400, "a token with an expiry keeps it")
            _ = try await Bootstrap(store: store, configuration: configuration).run(adminPassword: "bootstrap-admin-1", logger: TestStore.logger)
            let assigned = try await store.database.query("SELECT action FROM audit_events WHERE action = 'token.expiry_assigned'")
            #expect(assigned.count == 1)
        }
    }
}
