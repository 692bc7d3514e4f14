import Foundation
import HTTPTypes
import HummingbirdTesting
import OasisCore
import OasisCredentials
import OasisServer
import OasisServices
import OasisStore
import OasisTestSupport
import Testing

@Suite("Account lifecycle over the API: disable, enable, reset the password, change role and scope, revoke tokens, sign out everywhere")
struct AccountLifecycleAPITests {
    /// A user created by the system, with an API token.
    struct Account {
        var id: Int64
        var username: String
        var password: String
        var token: String
    }

    static func account(_ app: Harness, _ name: String, _ role: Role, regions: [String] = []) async throws -> Account {
        let identity = IdentityService(store: app.store, hasher: PasswordHasher(cost: 4))
        let password = "password-\(name)-1"
        let user = try await identity.createUser(
            username: name, displayName: name, role: role,
            scope: AccessScope(regions: regions.map { try! RegionCode($0) }),
            password: password, by: .system)
        let token = try await identity.issueToken(for: user.id, name: "tablet", by: .system).token
        return Account(id: user.id, username: name, password: password, token: token)
    }

    /// Signs in through the web form; the headers a browser would then send to the API, or nil when refused.
    static func signIn(_ app: Harness, _ username: String, _ password: String) async throws -> HTTPFields? {
        let csrf = try #require(try await app.request(.get, "/login").cookie("oasis_csrf"))
        let login = try await app.request(
            .post, "/login", headers: [.cookie: "oasis_csrf=\(csrf)"],
            body: "username=\(username)&password=\(password)&csrf=\(csrf)",
            contentType: "application/x-www-form-urlencoded")
        guard let session = login.cookie("oasis_session"), !session.isEmpty else { return nil }
        return [.cookie: "oasis_session=\(session); oasis_csrf=\(csrf)", HTTPField.Name("X-CSRF-Token")!: csrf]
    }

    /// The actions the audit log holds for a user, oldest first.
    static func auditActions(_ app: Harness, entityType: String = "user", id: Int64) async throws -> [String] {
        try await app.store.database.query(
            "SELECT action FROM audit_events WHERE entity_type = ? AND entity_id = ? ORDER BY seq",
            [.text(entityType), .text(String(id))]
        ).map { try $0.string("action") }
    }

    @Test(
        "disabling a user stops its token and its session at once; enabling lets the token and a new sign-in work again",
        arguments: TestStoreKind.available)
    func disableAndEnable(kind: TestStoreKind) async throws {
        try await Harness.run(kind) { app in
            let clerk = try await Self.account(app, "clerk", .analyst)
            let session = try #require(try await Self.signIn(app, clerk.username, clerk.password))
            #expect(try await app.request(.get, "/api/v1/me", token: clerk.token).status == .ok)
            #expect(try await app.request(.get, "/api/v1/me", headers: session).status == .ok)

            let disabled = try await app.request(.post, "/api/v1/users/\(clerk.id)/disable", token: app.adminToken)
            #expect(disabled.status == .ok)
            #expect(try disabled.json()["disabled"] as? Bool == true)
            #expect(try await app.request(.get, "/api/v1/me", token: clerk.token).status == .unauthorized)
            #expect(try await app.request(.get, "/api/v1/me", headers: session).status == .unauthorized)
            #expect(try await Self.signIn(app, clerk.username, clerk.password) == nil, "a disabled user cannot sign in")

            let enabled = try await app.request(.post, "/api/v1/users/\(clerk.id)/enable", token: app.adminToken)
            #expect(enabled.status == .ok)
            #expect(try enabled.json()["disabled"] as? Bool == false)
            #expect(try await app.request(.get, "/api/v1/me", token: clerk.token).status == .ok)
            #expect(try await app.request(.get, "/api/v1/me", headers: session).status == .unauthorized, "the old session stays ended")
            let again = try #require(try await Self.signIn(app, clerk.username, clerk.password))
            #expect(try await app.request(.get, "/api/v1/me", headers: again).status == .ok)

            #expect(try await Self.auditActions(app, id: clerk.id) == ["user.create", "user.disable", "user.enable"])
            let row = try #require(
                try await app.store.database.first(
                    "SELECT before_json, after_json FROM audit_events WHERE action = 'user.disable' AND entity_id = ?", [.text(String(clerk.id))]))
            #expect(try row.string("before_json").contains("\"disabled\":false"))
            #expect(try row.string("after_json").contains("\"disabled\":true"))
            #expect(try await app.request(.post, "/api/v1/users/999999/disable", token: app.adminToken).status == .notFound)
            #expect(try await app.request(.post, "/api/v1/users/\(clerk.id)/disable", token: app.analystToken).status == .forbidden)
        }
    }

    @Test(
        "a password reset returns a one-time password once: the old password fails, the new one signs in and must be changed; sessions end",
        arguments: TestStoreKind.available)
    func resetPassword(kind: TestStoreKind) async throws {
        try await Harness.run(kind) { app in
            let clerk = try await Self.account(app, "clerk", .analyst)
            let session = try #require(try await Self.signIn(app, clerk.username, clerk.password))
            let reset = try await app.request(.post, "/api/v1/users/\(clerk.id)/password-reset", token: app.adminToken)
            #expect(reset.status == .ok)
            let oneTime = try #require(try reset.json()["oneTimePassword"] as? String)
            #expect(oneTime.count == 19, "four groups of four characters and three dashes")
            #expect(try await app.request(.get, "/api/v1/me", headers: session).status == .unauthorized)
            #expect(try await Self.signIn(app, clerk.username, clerk.password) == nil, "the old password fails")
            let fresh = try #require(try await Self.signIn(app, clerk.username, oneTime))
            let me = try await app.request(.get, "/api/v1/me", headers: fresh)
            #expect(try me.json()["mustChangePassword"] as? Bool == true)
            let refused = try await app.request(.get, "/api/v1/projects", headers: fresh)
            #expect(try refused.errorCode() == "password_change_required")
            #expect(try await app.request(.post, "/api/v1/me/password", headers: fresh, json: #"{"password": "a-brand-new-secret"}"#).status == .ok)
            #expect(try await app.request(.get, "/api/v1/projects", headers: fresh).status == .ok)
            #expect(try await Self.auditActions(app, id: clerk.id).contains("user.password_reset"))
        }
    }

    @Test("a role change applies at once; a bad role or region is a 400 naming the field", arguments: TestStoreKind.available)
    func changeRole(kind: TestStoreKind) async throws {
        try await Harness.run(kind) { app in
            let clerk = try await Self.account(app, "clerk", .analyst)
            #expect(try await app.request(.get, "/api/v1/users", token: clerk.token).status == .forbidden)
            let promoted = try await app.request(.patch, "/api/v1/users/\(clerk.id)", token: app.adminToken, json: #"{"role": "admin"}"#)
            #expect(promoted.status == .ok)
            #expect(try promoted.json()["role"] as? String == "admin")
            #expect(try await app.request(.get, "/api/v1/users", token: clerk.token).status == .ok)

            let scoped = try await app.request(
                .patch, "/api/v1/users/\(clerk.id)", token: app.adminToken,
                json: #"{"role": "dispatcher", "scope": {"regions": ["650100"]}}"#)
            #expect(scoped.status == .ok)
            #expect(((try scoped.json()["scope"] as? [String: Any])?["regions"] as? [String]) == ["650100"])
            #expect(try await app.request(.get, "/api/v1/users", token: clerk.token).status == .forbidden)

            let badRole = try await app.request(.patch, "/api/v1/users/\(clerk.id)", token: app.adminToken, json: #"{"role": "mayor"}"#)
            #expect(badRole.status == .badRequest)
            #expect(try badRole.errorDetails().first?["field"] as? String == "role")
            let badRegion = try await app.request(
                .patch, "/api/v1/users/\(clerk.id)", token: app.adminToken, json: #"{"scope": {"regions": ["65x"]}}"#)
            #expect(badRegion.status == .badRequest)
            #expect(try badRegion.errorDetails().first?["field"] as? String == "scope.regions[0]")
            #expect(try await Self.auditActions(app, id: clerk.id) == ["user.create", "user.update", "user.update"])
        }
    }

    @Test("an administrator of Urumqi manages Urumqi users only, and grants no scope wider than its own", arguments: TestStoreKind.available)
    func scopedAdministrator(kind: TestStoreKind) async throws {
        try await Harness.run(kind) { app in
            let urumqiAdmin = try await Self.account(app, "ur-admin", .admin, regions: ["650100"])
            let urumqiClerk = try await Self.account(app, "ur-clerk", .analyst, regions: ["650102"])
            let kashgarClerk = try await Self.account(app, "ks-clerk", .analyst, regions: ["653100"])
            let adminID = try #require(try await app.store.users.credentials(username: "admin")?.user.id)

            for path in ["disable", "password-reset", "tokens"] {
                let method: HTTPRequest.Method = path == "tokens" ? .get : .post
                let refused = try await app.request(method, "/api/v1/users/\(kashgarClerk.id)/\(path)", token: urumqiAdmin.token)
                #expect(refused.status == .forbidden, "\(path)")
            }
            #expect(
                try await app.request(.post, "/api/v1/users/\(adminID)/disable", token: urumqiAdmin.token).status == .forbidden,
                "the province-wide administrator lies outside an Urumqi scope")
            let widen = try await app.request(
                .patch, "/api/v1/users/\(urumqiClerk.id)", token: urumqiAdmin.token, json: #"{"scope": {"regions": ["653100"]}}"#)
            #expect(widen.status == .forbidden)
            let everything = try await app.request(.patch, "/api/v1/users/\(urumqiClerk.id)", token: urumqiAdmin.token, json: #"{"scope": {}}"#)
            #expect(everything.status == .forbidden)
            #expect(try await app.request(.get, "/api/v1/me", token: kashgarClerk.token).status == .ok, "the Kashgar clerk is untouched")

            #expect(try await app.request(.post, "/api/v1/users/\(urumqiClerk.id)/disable", token: urumqiAdmin.token).status == .ok)
            #expect(try await app.request(.get, "/api/v1/me", token: urumqiClerk.token).status == .unauthorized)
            #expect(try await Self.auditActions(app, id: kashgarClerk.id) == ["user.create"])
        }
    }

    @Test("the last active administrator cannot disable or demote itself (409); with a second one it can", arguments: TestStoreKind.available)
    func lastAdministrator(kind: TestStoreKind) async throws {
        try await Harness.run(kind) { app in
            let adminID = try #require(try await app.store.users.credentials(username: "admin")?.user.id)
            let disable = try await app.request(.post, "/api/v1/users/\(adminID)/disable", token: app.adminToken)
            #expect(disable.status == .conflict)
            #expect(try disable.errorCode() == "last_administrator")
            let demote = try await app.request(.patch, "/api/v1/users/\(adminID)", token: app.adminToken, json: #"{"role": "analyst"}"#)
            #expect(demote.status == .conflict)
            #expect(try await app.request(.get, "/api/v1/users", token: app.adminToken).status == .ok)

            let second = try await Self.account(app, "second-admin", .admin)
            #expect(try await app.request(.patch, "/api/v1/users/\(adminID)", token: second.token, json: #"{"role": "analyst"}"#).status == .ok)
            #expect(try await app.request(.post, "/api/v1/users/\(second.id)/disable", token: second.token).status == .conflict)
        }
    }

    @Test(
        "a user's tokens are listed without secrets and one can be revoked; the revoked token is refused at once", arguments: TestStoreKind.available)
    func tokens(kind: TestStoreKind) async throws {
        try await Harness.run(kind) { app in
            let clerk = try await Self.account(app, "clerk", .analyst)
            let listed = try await app.request(.get, "/api/v1/users/\(clerk.id)/tokens", token: app.adminToken)
            #expect(listed.status == .ok)
            let items = try #require(try listed.json()["items"] as? [[String: Any]])
            #expect(items.count == 1)
            #expect(items.first?["name"] as? String == "tablet")
            #expect(items.first?["revoked"] as? Bool == false)
            #expect(!listed.text.contains(clerk.token) && !listed.text.contains("hash"))
            let tokenID = try #require(items.first?["id"] as? Int)

            #expect(try await app.request(.delete, "/api/v1/users/\(clerk.id)/tokens/999999", token: app.adminToken).status == .notFound)
            let revoked = try await app.request(.delete, "/api/v1/users/\(clerk.id)/tokens/\(tokenID)", token: app.adminToken)
            #expect(revoked.status == .ok)
            #expect(try revoked.json()["revoked"] as? Bool == true)
            #expect(try await app.request(.get, "/api/v1/me", token: clerk.token).status == .unauthorized)
            #expect(try await Self.auditActions(app, entityType: "api_token", id: Int64(tokenID)) == ["token.create", "token.revoke"])
        }
    }

    @Test(
        "an Open311 api_key stops at once when its user is disabled or the token revoked, though resolved keys are remembered",
        arguments: TestStoreKind.available)
    func open311Key(kind: TestStoreKind) async throws {
        try await Harness.run(kind) { app in
            let citizen = try await Self.account(app, "citizen-app", .citizen)
            func post() async throws -> TestResponse {
                try await app.request(
                    .post, "/open311/v2/requests.json", body: "api_key=\(citizen.token)&service_code=C0101&lat=43.8256&long=87.6168",
                    contentType: "application/x-www-form-urlencoded")
            }
            #expect(try await post().status == .ok, "the key is now remembered")
            #expect(try await app.request(.post, "/api/v1/users/\(citizen.id)/disable", token: app.adminToken).status == .ok)
            #expect(try await post().status == .forbidden)
            #expect(try await app.request(.post, "/api/v1/users/\(citizen.id)/enable", token: app.adminToken).status == .ok)
            #expect(try await post().status == .ok)
            let tokenID = try #require(try await app.store.tokens.list(userID: citizen.id).first?.id)
            #expect(try await app.request(.delete, "/api/v1/users/\(citizen.id)/tokens/\(tokenID)", token: app.adminToken).status == .ok)
            #expect(try await post().status == .forbidden)
        }
    }

    @Test("the users page disables and enables a user with a form; the last administrator is refused", arguments: TestStoreKind.available)
    func webActions(kind: TestStoreKind) async throws {
        try await Harness.run(kind) { app in
            let clerk = try await Self.account(app, "clerk", .analyst)
            let (cookies, csrf) = try await app.browserSession()
            let page = try await app.request(.get, "/users?lang=en", headers: [.cookie: cookies, .accept: "text/html"])
            #expect(page.text.contains("action=\"/users/\(clerk.id)/disable\""))
            func submit(_ path: String) async throws -> TestResponse {
                try await app.request(
                    .post, path, headers: [.cookie: cookies, .accept: "text/html"], body: "csrf=\(csrf)",
                    contentType: "application/x-www-form-urlencoded")
            }
            let disabled = try await submit("/users/\(clerk.id)/disable")
            #expect(disabled.status == .found)
            #expect(try await app.request(.get, "/api/v1/me", token: clerk.token).status == .unauthorized)
            let after = try await app.request(.get, "/users", headers: [.cookie: cookies + "; oasis_lang=zh-Hans", .accept: "text/html"])
            #expect(after.text.contains("已停用") && after.text.contains("action=\"/users/\(clerk.id)/enable\""))
            #expect(try await submit("/users/\(clerk.id)/enable").status == .found)
            #expect(try await app.request(.get, "/api/v1/me", token: clerk.token).status == .ok)
            let adminID = try #require(try await app.store.users.credentials(username: "admin")?.user.id)
            #expect(try await submit("/users/\(adminID)/disable").status == .conflict)
            let forged = try await app.request(
                .post, "/users/\(clerk.id)/disable", headers: [.cookie: cookies], body: "csrf=wrong",
                contentType: "application/x-www-form-urlencoded")
            #expect(forged.status == .forbidden)
        }
    }

    @Test("a change naming neither role nor scope is a 400", arguments: [TestStoreKind.sqlite])
    func emptyChange(kind: TestStoreKind) async throws {
        try await Harness.run(kind) { app in
            let clerk = try await Self.account(app, "clerk", .analyst)
            let empty = try await app.request(.patch, "/api/v1/users/\(clerk.id)", token: app.adminToken, json: "{}")
            #expect(empty.status == .badRequest)
            #expect(try empty.errorCode() == "nothing_to_change")
            #expect(try await Self.auditActions(app, id: clerk.id) == ["user.create"])
        }
    }

    @Test("a token issued over the API expires after tokenLifetimeDays and is refused once expired", arguments: TestStoreKind.available)
    func tokenExpiry(kind: TestStoreKind) async throws {
        try await Harness.run(kind, configure: { $0.tokenLifetimeDays = 30 }) { app in
            let clerk = try await Self.account(app, "clerk", .analyst)
            let issued = try await app.request(.post, "/api/v1/users/\(clerk.id)/tokens", token: app.adminToken, json: #"{"name": "etl"}"#)
            #expect(issued.status == .created)
            let token = try #require(try issued.json()["token"] as? String)
            let tokenID = try #require(try issued.json()["id"] as? Int)
            let listed = try #require(
                try await app.request(.get, "/api/v1/users/\(clerk.id)/tokens", token: app.adminToken).json()["items"] as? [[String: Any]])
            let entry = try #require(listed.first { $0["id"] as? Int == tokenID })
            let created = try #require((entry["createdAt"] as? String).flatMap { try? Date($0, strategy: .iso8601) })
            let expires = try #require((entry["expiresAt"] as? String).flatMap { try? Date($0, strategy: .iso8601) })
            #expect(abs(expires.timeIntervalSince(created) - 30 * 86_400) < 1, "30 days of 86,400 s")
            #expect(try await app.request(.get, "/api/v1/me", token: token).status == .ok)

            try await app.store.database.execute("UPDATE api_tokens SET expires_at = created_at WHERE id = ?", [.int(Int64(tokenID))])
            #expect(try await app.request(.get, "/api/v1/me", token: token).status == .unauthorized)
            #expect(try await app.request(.get, "/api/v1/me", token: clerk.token).status == .ok, "the clerk's other token is untouched")
        }
    }

    @Test("tokenLifetimeDays is read from OASIS_TOKEN_LIFETIME_DAYS and must be 1 to 3650 days")
    func tokenLifetimeSetting() throws {
        var configuration = ServerConfiguration()
        #expect(configuration.tokenLifetimeDays == 365)
        try configuration.apply(try PartialServerConfiguration(environment: ["OASIS_TOKEN_LIFETIME_DAYS": "90"]))
        #expect(configuration.tokenLifetimeDays == 90)
        for days in ["0", "3651", "-5"] {
            #expect(throws: OasisError.self, "\(days)") {
                try configuration.apply(try PartialServerConfiguration(environment: ["OASIS_TOKEN_LIFETIME_DAYS": days]))
            }
        }
        #expect(configuration.tokenLifetimeDays == 90)
    }

    @Test("signing out everywhere ends every session of the caller", arguments: TestStoreKind.available)
    func signOutEverywhere(kind: TestStoreKind) async throws {
        try await Harness.run(kind) { app in
            let clerk = try await Self.account(app, "clerk", .analyst)
            let first = try #require(try await Self.signIn(app, clerk.username, clerk.password))
            let second = try #require(try await Self.signIn(app, clerk.username, clerk.password))
            let ended = try await app.request(.post, "/api/v1/me/sessions/revoke-all", headers: first)
            #expect(ended.status == .ok)
            #expect(try ended.json()["sessionsEnded"] as? Int == 2)
            #expect(try await app.request(.get, "/api/v1/me", headers: first).status == .unauthorized)
            #expect(try await app.request(.get, "/api/v1/me", headers: second).status == .unauthorized)
            #expect(try await app.request(.get, "/api/v1/me", token: clerk.token).status == .ok, "tokens are not sessions")
            #expect(try await Self.auditActions(app, id: clerk.id) == ["user.create", "user.sessions_end"])
        }
    }
}
