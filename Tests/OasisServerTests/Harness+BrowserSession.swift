import HTTPTypes
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
}
