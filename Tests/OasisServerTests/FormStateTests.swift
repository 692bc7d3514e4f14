import Foundation
import HTTPTypes
import HummingbirdTesting
import OasisCore
import OasisTestSupport
import Testing

@testable import OasisServer

@Suite("Web forms refused: the same page again with what was typed and each error beside its field, in the page's language")
struct FormStateTests {
    func loginForm(_ app: Harness, username: String, password: String, language: String = "zh-Hans") async throws -> TestResponse {
        let csrf = try #require(try await app.request(.get, "/login").cookie("oasis_csrf"))
        return try await app.request(
            .post, "/login", headers: [.cookie: "oasis_csrf=\(csrf); oasis_lang=\(language)", .accept: "text/html"],
            body: "username=\(username)&password=\(password)&csrf=\(csrf)&next=%2Fusers",
            contentType: "application/x-www-form-urlencoded")
    }

    @Test("a wrong password keeps the username and says so above the form (401); an empty password is a 422 beside its field")
    func signIn() async throws {
        try await Harness.run { app in
            let wrong = try await loginForm(app, username: "admin", password: "not-the-password", language: "en")
            #expect(wrong.status == .unauthorized)
            #expect(wrong.text.contains(#"id="username" name="username" autocomplete="username" required value="admin""#))
            #expect(
                wrong.text.contains(
                    #"<p class="error" role="alert" id="login-error"><span aria-hidden="true">✖</span> The username or password is not correct.</p>"#)
            )
            #expect(wrong.text.contains(#"name="next" value="/users""#))
            #expect(!wrong.text.contains("not-the-password"))

            let empty = try await loginForm(app, username: "someone", password: "")
            #expect(empty.status == .unprocessableContent)
            #expect(empty.text.contains(#"value="someone" aria-invalid="#) == false)
            #expect(empty.text.contains(#"required value="someone">"#))
            #expect(
                empty.text.contains(
                    #"type="password" autocomplete="current-password" required aria-invalid="true" aria-describedby="password-error">"#))
            #expect(empty.text.contains(#"<p class="field-error" id="password-error" role="alert"><span aria-hidden="true">✖</span> 请填写此项。</p>"#))
            #expect(!empty.text.contains("错误</h1>"))
        }
    }

    @Test("the password form: a mismatch beside the repeat field, the service's too-short error beside the password, in Uyghur")
    func passwordChange() async throws {
        try await Harness.run { app in
            let (cookies, csrf) = try await app.browserSession()
            func change(_ password: String, _ repeated: String, language: String) async throws -> TestResponse {
                try await app.request(
                    .post, "/account/password", headers: [.cookie: cookies + "; oasis_lang=\(language)"],
                    body: "current=\(Harness.adminPassword)&password=\(password)&repeat=\(repeated)&csrf=\(csrf)",
                    contentType: "application/x-www-form-urlencoded")
            }
            let mismatch = try await change("long-enough-1", "long-enough-2", language: "en")
            #expect(mismatch.status == .unprocessableContent)
            #expect(
                mismatch.text.contains(
                    #"<p class="field-error" id="repeat-error" role="alert"><span aria-hidden="true">✖</span> The two passwords differ.</p>"#))
            #expect(!mismatch.text.contains("password-error"))
            #expect(!mismatch.text.contains("long-enough"))

            let short = try await change("short", "short", language: "ug")
            #expect(short.status == .unprocessableContent)
            let expected = MessageCatalogue.standard.text("password_too_short", .ug)
            #expect(short.text.contains(#"id="password-error" role="alert"><span aria-hidden="true">✖</span> \#(expected)</p>"#))
            #expect(!short.text.contains("A password needs at least 10 characters."))
        }
    }

    @Test("a domain error's details go beside the inputs they name (mapped from API names), other errors above the form")
    func mapping() {
        let catalogue = MessageCatalogue.standard
        var state = FormState(values: ["regions": "650100x", "title": "t"], fieldNames: ["scope.regions": "regions"])
        state.reject(
            OasisError.invalid(
                code: "password_too_short", message: "English text",
                details: [.init(field: "scope.regions", reason: "bad"), .init(field: "elsewhere", reason: "bad")]),
            catalogue: catalogue)
        state.reject(OasisError.conflict(code: "no_such_code_anywhere", message: "English text"), catalogue: catalogue)
        let data = state.data(catalogue, .en)["form"] as? [String: Any]
        let errors = data?["errors"] as? [String: String]
        #expect(errors == ["regions": "The password needs at least 10 characters."])
        #expect(data?["general"] as? [String] == ["This value is not accepted: check it and try again."])
        #expect((data?["values"] as? [String: String])?["regions"] == "650100x")
        #expect(state.status == .conflict)
        #expect(state.accepts(OasisError.notFound("User", "1")) == false)
    }
}
