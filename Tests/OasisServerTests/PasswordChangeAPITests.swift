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

@Suite("A session signed in with a one-time password opens nothing but /api/v1/me, signing out and changing the password")
struct PasswordChangeAPITests {
    static func oneTimeAdmin(_ app: Harness) async throws -> (identity: IdentityService, token: String) {
        let identity = IdentityService(store: app.store, hasher: PasswordHasher(cost: 4))
        let user = try await identity.createUser(
            username: "fresh-admin", displayName: nil, role: .admin, scope: .everything,
            password: "one-time-pass", mustChangePassword: true, by: .system)
        return (identity, try await identity.issueToken(for: user.id, name: "test", by: .system).token)
    }

    /// Signs in as the one-time administrator through the form, as a browser would: sent on to the change form.
    static func oneTimeBrowserSession(_ app: Harness) async throws -> (cookies: String, csrf: String) {
        _ = try await oneTimeAdmin(app)
        let csrf = try #require(try await app.request(.get, "/login").cookie("oasis_csrf"))
        let login = try await app.request(
            .post, "/login", headers: [.cookie: "oasis_csrf=\(csrf)", .accept: "text/html"],
            body: "username=fresh-admin&password=one-time-pass&csrf=\(csrf)&next=%2F",
            contentType: "application/x-www-form-urlencoded")
        #expect(login.headers[.location] == "/account/password")
        let session = try #require(login.cookie("oasis_session"))
        return ("oasis_session=\(session); oasis_csrf=\(csrf)", csrf)
    }

    static let newAdmin = #"{"username": "second-admin", "role": "admin", "password": "second-admin-password"}"#

    @Test(
        "an operator-issued token of a user who never used the one-time password keeps working (the README's tablet); the password changes over the API",
        arguments: TestStoreKind.available)
    func bearer(kind: TestStoreKind) async throws {
        try await Harness.run(kind) { app in
            let (identity, token) = try await Self.oneTimeAdmin(app)
            let me = try await app.request(.get, "/api/v1/me", token: token)
            #expect(me.status == .ok)
            #expect(try me.json()["mustChangePassword"] as? Bool == true)
            #expect(try await app.request(.get, "/api/v1/projects", token: token).status == .ok)
            let short = try await app.request(.post, "/api/v1/me/password", token: token, json: #"{"password": "short"}"#)
            #expect(short.status == .badRequest)
            #expect(try short.errorCode() == "password_too_short")
            let changed = try await app.request(.post, "/api/v1/me/password", token: token, json: #"{"password": "a-brand-new-secret"}"#)
            #expect(changed.status == .ok)
            #expect(try changed.json()["mustChangePassword"] as? Bool == false)
            #expect(try await identity.authenticate(username: "fresh-admin", password: "a-brand-new-secret") != nil)
        }
    }

    @Test(
        "a browser session signed in with a one-time password is refused on the API and on forms, and may still sign out",
        arguments: TestStoreKind.available)
    func cookieSession(kind: TestStoreKind) async throws {
        try await Harness.run(kind) { app in
            let (cookies, csrf) = try await Self.oneTimeBrowserSession(app)
            let headers: HTTPFields = [.cookie: cookies, HTTPField.Name("X-CSRF-Token")!: csrf]

            #expect(try await app.request(.get, "/api/v1/me", headers: headers).status == .ok)
            let created = try await app.request(.post, "/api/v1/users", headers: headers, json: Self.newAdmin)
            #expect(created.status == .forbidden)
            #expect(try created.errorCode() == "password_change_required")
            #expect(try await app.request(.get, "/api/v1/cases/metrics", headers: headers).status == .forbidden)
            let form = try await app.request(
                .post, "/evaluation/problems/1", headers: [.cookie: cookies, .accept: "text/html"],
                body: "status=solved&csrf=\(csrf)", contentType: "application/x-www-form-urlencoded")
            #expect(form.status == .forbidden)
            #expect(form.text.contains("一次性密码"), "the page says why, in the session's language")
            #expect(try await app.store.users.credentials(username: "second-admin") == nil)

            for (method, path) in [
                (HTTPRequest.Method.get, "/api/v1/users"), (.get, "/api/v1/projects"), (.get, "/api/v1/regions"), (.get, "/api/v1/audit"),
            ] {
                let refused = try await app.request(method, path, headers: headers)
                #expect(refused.status == .forbidden, "\(method) \(path)")
                #expect(try refused.errorCode() == "password_change_required", "\(method) \(path)")
            }
            let changed = try await app.request(.post, "/api/v1/me/password", headers: headers, json: #"{"password": "a-brand-new-secret"}"#)
            #expect(changed.status == .ok)
            #expect(
                try await app.request(.get, "/api/v1/projects", headers: headers).status == .ok, "the same session opens once the password is changed"
            )

            let out = try await app.request(
                .post, "/logout", headers: [.cookie: cookies], body: "csrf=\(csrf)", contentType: "application/x-www-form-urlencoded")
            #expect(out.status == .found)
            #expect(try await app.request(.get, "/api/v1/me", headers: headers).status == .unauthorized)
        }
    }

    @Test(
        "every page of the route tables sends a browser session signed in with a one-time password to the change form, whatever the page needs",
        arguments: TestStoreKind.available)
    func pagesRedirect(kind: TestStoreKind) async throws {
        try await Harness.run(kind) { app in
            let headers: HTTPFields = [.cookie: try await Self.oneTimeBrowserSession(app).cookies, .accept: "text/html"]
            let pages = RouteCatalogue.all.filter { $0.kind == .web && $0.method == .get && !["/login", "/account/password"].contains($0.path) }
            #expect(pages.count >= 15)
            for page in pages {
                let response = try await app.request(.get, RoleRouteMatrixTests.concrete(page), headers: headers)
                #expect(response.status == .found, "\(page.path)")
                #expect(response.headers[.location] == "/account/password", "\(page.path)")
            }
            #expect(try await app.request(.get, "/account/password", headers: headers).status == .ok)
        }
    }
}
