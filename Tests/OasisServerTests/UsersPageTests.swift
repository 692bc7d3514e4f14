import Foundation
import HTTPTypes
import HummingbirdTesting
import OasisCore
import OasisServer
import OasisServices
import OasisStore
import OasisTestSupport
import Testing

@Suite("The users page: reset a password, sign out everywhere, change role and scope, expire and revoke tokens")
struct UsersPageTests {
    typealias Lifecycle = AccountLifecycleAPITests

    @Test("every lifecycle form works from the page, is audited, and refuses a forged CSRF token", arguments: TestStoreKind.available)
    func forms(kind: TestStoreKind) async throws {
        try await Harness.run(kind) { app in
            let clerk = try await Lifecycle.account(app, "clerk", .analyst)
            let (cookies, csrf) = try await app.browserSession()
            func submit(_ path: String, _ fields: String = "") async throws -> TestResponse {
                try await app.request(
                    .post, path, headers: [.cookie: cookies, .accept: "text/html"], body: "csrf=\(csrf)" + fields,
                    contentType: "application/x-www-form-urlencoded")
            }
            let page = try await app.request(.get, "/users?lang=en", headers: [.cookie: cookies, .accept: "text/html"])
            for action in ["password-reset", "sessions/revoke-all", "update", "tokens"] {
                #expect(page.text.contains("/users/\(clerk.id)/\(action)"), "\(action)")
            }
            #expect(page.text.contains("<option value=\"analyst\" selected>"))

            let session = try #require(try await Lifecycle.signIn(app, clerk.username, clerk.password))
            #expect(try await submit("/users/\(clerk.id)/sessions/revoke-all").status == .found)
            #expect(try await app.request(.get, "/api/v1/me", headers: session).status == .unauthorized)

            let reset = try await submit("/users/\(clerk.id)/password-reset")
            #expect(reset.status == .ok)
            #expect(reset.headers[.cacheControl] == "no-store")
            let password = try #require(reset.text.firstMatch(of: /id="one-time-password" dir="ltr">([^<]+)</).map { String($0.1) })
            #expect(try await Lifecycle.signIn(app, clerk.username, clerk.password) == nil, "the old password is gone")
            let signedIn = try #require(try await Lifecycle.signIn(app, clerk.username, password))
            let me = try await app.request(.get, "/api/v1/me", headers: signedIn)
            #expect(try me.json()["mustChangePassword"] as? Bool == true)

            let changed = try await submit("/users/\(clerk.id)/update", "&role=supervisor&regions=650100%2C+653100&units=")
            #expect(changed.status == .found)
            let user = try #require(try await app.store.users.resolve(id: clerk.id))
            #expect(user.role == .supervisor)
            #expect(user.scope.regions.map(\.rawValue).sorted() == ["650100", "653100"])
            let badRole = try await submit("/users/\(clerk.id)/update", "&role=mayor")
            #expect(badRole.status == .badRequest)
            #expect(try await app.store.users.resolve(id: clerk.id)?.role == .supervisor, "nothing changed")

            let tokenID = try #require(try await app.store.tokens.list(userID: clerk.id).first?.id)
            let tokens = try await app.request(.get, "/users/\(clerk.id)/tokens?lang=en", headers: [.cookie: cookies, .accept: "text/html"])
            #expect(tokens.status == .ok)
            #expect(tokens.text.contains("tablet") && tokens.text.contains("Active"))
            #expect(tokens.text.contains("/users/\(clerk.id)/tokens/\(tokenID)/expire"))
            #expect(try await submit("/users/\(clerk.id)/tokens/\(tokenID)/expire").status == .found)
            #expect(try await app.request(.get, "/api/v1/me", token: clerk.token).status == .unauthorized)
            let after = try await app.request(.get, "/users/\(clerk.id)/tokens?lang=zh-Hans", headers: [.cookie: cookies, .accept: "text/html"])
            #expect(after.text.contains("已过期") && !after.text.contains("/tokens/\(tokenID)/revoke"), "no actions on a dead token")
            let second = try await app.store.tokens.create(userID: clerk.id, name: "second", tokenHash: "h2", lifetime: 3_600, by: .system)
            #expect(try await submit("/users/\(clerk.id)/tokens/\(second)/revoke").status == .found)
            #expect(try await app.store.tokens.list(userID: clerk.id).first { $0.id == second }?.revoked == true)

            #expect(
                try await Lifecycle.auditActions(app, id: clerk.id)
                    == ["user.create", "user.sessions_end", "user.password_reset", "user.update"])
            let forged = try await app.request(
                .post, "/users/\(clerk.id)/password-reset", headers: [.cookie: cookies], body: "csrf=wrong",
                contentType: "application/x-www-form-urlencoded")
            #expect(forged.status == .forbidden)
        }
    }

    @Test("the tokens page and forms of a user outside the manager's scope are refused", arguments: [TestStoreKind.sqlite])
    func outsideScope(kind: TestStoreKind) async throws {
        try await Harness.run(kind) { app in
            _ = try await Lifecycle.account(app, "ur-admin", .admin, regions: ["650100"])
            let kashgarClerk = try await Lifecycle.account(app, "ks-clerk", .analyst, regions: ["653100"])
            var signedIn = try #require(try await Lifecycle.signIn(app, "ur-admin", "password-ur-admin-1"))
            signedIn[.accept] = "text/html"
            let page = try await app.request(.get, "/users/\(kashgarClerk.id)/tokens", headers: signedIn)
            #expect(page.status == .forbidden)
            let users = try await app.request(.get, "/users", headers: signedIn)
            #expect(!users.text.contains("ks-clerk"))
        }
    }
}
