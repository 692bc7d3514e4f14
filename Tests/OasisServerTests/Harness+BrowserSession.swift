import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

extension Harness {
    /// Signs in as `admin` through the web form, as a browser would; returns the cookies to send and the CSRF token.
    func browserSession() async throws -> (cookies: String, csrf: String) {
        let page = try await request(.get, "/login")
        let csrf = try #require(page.cookie("oasis_csrf"))
        let login = try await request(
            .post, "/login", headers: [.cookie: "oasis_csrf=\(csrf)"],
            body: "username=admin&password=\(Self.adminPassword)&csrf=\(csrf)",
            contentType: "application/x-www-form-urlencoded")
        let session = try #require(login.cookie("oasis_session"))
        return ("oasis_session=\(session); oasis_csrf=\(csrf)", csrf)
    }

    /// Posts a form as the signed-in browser of `session` does (with its CSRF token), asking for HTML.
    func postForm(_ path: String, _ session: (cookies: String, csrf: String), _ fields: [(String, String)]) async throws -> TestResponse {
        let body = (fields + [("csrf", session.csrf)]).map { name, value in
            "\(name)=\(value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? value)"
        }.joined(separator: "&")
        return try await request(
            .post, path, headers: [.cookie: session.cookies, .accept: "text/html"], body: body, contentType: "application/x-www-form-urlencoded")
    }
}
