import Foundation
import HTTPTypes
import HummingbirdTesting
import OasisCore
import OasisCredentials
import OasisServer
import OasisServices
import OasisTestSupport
import Testing

@Suite("Web shell: sign-in, CSRF, throttling, languages")
struct WebShellTests {
    /// GETs the login page and returns the CSRF cookie and the token in the form.
    func csrf(_ app: Harness) async throws -> String {
        let page = try await app.request(.get, "/login")
        #expect(page.status == .ok)
        let cookie = try #require(page.cookie("oasis_csrf"))
        #expect(page.text.contains(#"name="csrf" value="\#(cookie)""#))
        return cookie
    }

    func login(_ app: Harness, csrf: String, username: String, password: String, formToken: String? = nil) async throws -> TestResponse {
        let body = "username=\(username)&password=\(password)&csrf=\(formToken ?? csrf)&next=%2Fregions%2F650100"
        return try await app.request(
            .post, "/login", headers: [.cookie: "oasis_csrf=\(csrf)", .accept: "text/html"],
            body: body, contentType: "application/x-www-form-urlencoded")
    }

    @Test("signing in sets a secure-by-default session cookie and redirects to the page asked for", arguments: TestStoreKind.available)
    func signIn(kind: TestStoreKind) async throws {
        try await Harness.run(kind) { app in
            let token = try await csrf(app)
            let response = try await login(app, csrf: token, username: "admin", password: Harness.adminPassword)
            #expect(response.status == .found)
            #expect(response.headers[.location] == "/regions/650100")
            let setCookie = response.headers[values: .setCookie].first { $0.hasPrefix("oasis_session=") } ?? ""
            #expect(setCookie.contains("HttpOnly"))
            #expect(setCookie.contains("SameSite=Lax"))
            let session = try #require(response.cookie("oasis_session"))
            let home = try await app.request(.get, "/?lang=en", headers: [.cookie: "oasis_session=\(session)"])
            #expect(home.text.contains(#"id="logout""#))
            #expect(home.text.contains(#"Signed in as <bdi translate="no">admin</bdi> (Administrator)"#))
            let me = try await app.request(.get, "/api/v1/me", headers: [.cookie: "oasis_session=\(session)"])
            #expect(try me.json()["username"] as? String == "admin")
        }
    }

    @Test("wrong credentials are a 401 that does not say which part was wrong")
    func wrongCredentials() async throws {
        try await Harness.run { app in
            let token = try await csrf(app)
            let wrongPassword = try await login(app, csrf: token, username: "admin", password: "nope-nope-nope")
            let unknownUser = try await login(app, csrf: token, username: "nobody", password: Harness.adminPassword)
            #expect(wrongPassword.status == .unauthorized)
            #expect(unknownUser.status == .unauthorized)
            #expect(wrongPassword.cookie("oasis_session") == nil)
            let message = "用户名或密码不正确。"
            #expect(wrongPassword.text.contains(message))
            #expect(unknownUser.text.contains(message))
        }
    }

    @Test("a form without the matching CSRF token is refused")
    func csrfRequired() async throws {
        try await Harness.run { app in
            let token = try await csrf(app)
            let forged = try await login(app, csrf: token, username: "admin", password: Harness.adminPassword, formToken: "forged")
            #expect(forged.status == .forbidden)
            #expect(forged.cookie("oasis_session") == nil)
            let noCookie = try await app.request(
                .post, "/login", headers: [.accept: "text/html"],
                body: "username=admin&password=\(Harness.adminPassword)&csrf=\(token)",
                contentType: "application/x-www-form-urlencoded")
            #expect(noCookie.status == .forbidden)
        }
    }

    @Test("repeated failures are throttled, even with the right password")
    func throttled() async throws {
        try await Harness.run { app in
            let token = try await csrf(app)
            for _ in 0..<5 {
                #expect(try await login(app, csrf: token, username: "admin", password: "wrong-wrong-wrong").status == .unauthorized)
            }
            let blocked = try await login(app, csrf: token, username: "admin", password: Harness.adminPassword)
            #expect(blocked.status == .tooManyRequests)
            #expect(blocked.cookie("oasis_session") == nil)
        }
    }

    @Test("a one-time password leads to the password page before anything else")
    func oneTimePassword() async throws {
        try await Harness.run { app in
            let identity = IdentityService(store: app.store, hasher: PasswordHasher(cost: 4))
            _ = try await identity.createUser(
                username: "fresh", displayName: nil, role: .analyst, scope: .everything,
                password: "one-time-pass", mustChangePassword: true, by: .system)
            let token = try await csrf(app)
            let response = try await login(app, csrf: token, username: "fresh", password: "one-time-pass")
            #expect(response.headers[.location] == "/account/password")
            let session = try #require(response.cookie("oasis_session"))
            let home = try await app.request(.get, "/", headers: [.cookie: "oasis_session=\(session)"])
            #expect(home.status == .found)
            #expect(home.headers[.location] == "/account/password")
            let change = try await app.request(
                .post, "/account/password", headers: [.cookie: "oasis_session=\(session); oasis_csrf=\(token)"],
                body: "password=brand-new-secret&repeat=brand-new-secret&csrf=\(token)",
                contentType: "application/x-www-form-urlencoded")
            #expect(change.status == .found)
            #expect(try await identity.authenticate(username: "fresh", password: "brand-new-secret") != nil)
        }
    }

    @Test("signing out ends the session")
    func signOut() async throws {
        try await Harness.run { app in
            let token = try await csrf(app)
            let session = try #require(try await login(app, csrf: token, username: "admin", password: Harness.adminPassword).cookie("oasis_session"))
            let out = try await app.request(
                .post, "/logout", headers: [.cookie: "oasis_session=\(session); oasis_csrf=\(token)"],
                body: "csrf=\(token)", contentType: "application/x-www-form-urlencoded")
            #expect(out.status == .found)
            let me = try await app.request(.get, "/api/v1/me", headers: [.cookie: "oasis_session=\(session)"])
            #expect(me.status == .unauthorized)
        }
    }

    @Test("pages speak zh-Hans by default and English on request, and remember the choice")
    func languages() async throws {
        try await Harness.run { app in
            let chinese = try await app.request(.get, "/regions/650100")
            #expect(chinese.text.contains(#"<html lang="zh-Hans" dir="ltr">"#))
            #expect(chinese.text.contains(#"<h1 lang="zh-Hans">乌鲁木齐市 <small lang="en">Urumqi</small></h1>"#))
            #expect(chinese.text.contains("4,054,369"))
            #expect(chinese.text.contains("95.76 %"))
            let english = try await app.request(.get, "/regions/650100?lang=en")
            #expect(english.text.contains(#"<html lang="en" dir="ltr">"#))
            #expect(english.text.contains(#"<h1 lang="en">Urumqi <small lang="zh-Hans">乌鲁木齐市</small></h1>"#))
            #expect(english.cookie("oasis_lang") == "en")
            let remembered = try await app.request(.get, "/", headers: [.cookie: "oasis_lang=en"])
            #expect(remembered.text.contains("Kashgar Prefecture"))
            #expect(!remembered.text.contains("[nav_"), "no missing catalogue keys")
            let browser = try await app.request(.get, "/", headers: [.acceptLanguage: "en-US,en;q=0.9"])
            #expect(browser.text.contains(#"<html lang="en" dir="ltr">"#))
            let uyghur = try await app.request(.get, "/regions/650100?lang=ug")
            #expect(uyghur.text.contains(#"<html lang="ug" dir="rtl">"#))
            #expect(uyghur.text.contains(#"<h1 lang="ug">ئۈرۈمچى شەھىرى <small lang="zh-Hans">乌鲁木齐市</small></h1>"#))
            #expect(uyghur.cookie("oasis_lang") == "ug")
            let uyghurBrowser = try await app.request(.get, "/", headers: [.acceptLanguage: "ug-CN,ug;q=0.9,zh-CN;q=0.8"])
            #expect(uyghurBrowser.text.contains(#"<html lang="ug" dir="rtl">"#))
            #expect(uyghurBrowser.text.contains("قەشقەر ۋىلايىتى"))
            #expect(uyghurBrowser.text.contains("تەڭرىتاغ رايونى") || uyghurBrowser.text.contains("ئۈرۈمچى شەھىرى"))
            for (tag, name) in [("zh-Hans", "中文"), ("en", "English"), ("ug", "ئۇيغۇرچە")] {
                #expect(
                    uyghurBrowser.text.contains(#"hreflang="\#(tag)" lang="\#(tag)""#) && uyghurBrowser.text.contains(">\(name)</a>"),
                    "switcher offers \(tag)")
            }
        }
    }

    @Test("every page renders without a missing message in every language")
    func noMissingMessages() async throws {
        try await Harness.run { app in
            let token = try await csrf(app)
            let session = try #require(try await login(app, csrf: token, username: "admin", password: Harness.adminPassword).cookie("oasis_session"))
            for language in Language.allCases.map(\.rawValue) {
                for path in [
                    "/", "/login", "/regions/650000", "/regions/653101", "/users", "/audit", "/account/password", "/regions/659999", "/hotline/new",
                    "/hotline", "/evaluation", "/evaluation/650100", "/evaluation/problems", "/evaluation/framework", "/promotion", "/living-circles",
                ] {
                    let page = try await app.request(
                        .get, path + "?lang=\(language)", headers: [.cookie: "oasis_session=\(session); oasis_csrf=\(token)", .accept: "text/html"])
                    #expect(page.headers[.contentType]?.hasPrefix("text/html") == true, "\(path)")
                    let missing = page.text.range(of: #"\[[a-z]+_[a-z_]+\]"#, options: .regularExpression)
                    #expect(missing == nil, "\(path) in \(language) shows a missing message")
                }
            }
            let notFound = try await app.request(.get, "/regions/659999", headers: [.accept: "text/html"])
            #expect(notFound.status == .notFound)
            #expect(notFound.text.contains("找不到该页面"))
        }
    }

    @Test("signed-out visitors are sent to sign in for protected pages")
    func protectedPages() async throws {
        try await Harness.run { app in
            let users = try await app.request(.get, "/users", headers: [.accept: "text/html"])
            #expect(users.status == .seeOther || users.status == .found || users.status == .temporaryRedirect)
            #expect(users.headers[.location]?.hasPrefix("/login?next=/users") == true)
        }
    }
}
