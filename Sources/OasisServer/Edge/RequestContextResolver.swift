import Foundation
import HTTPTypes
import Hummingbird
import OasisCore
import OasisCredentials
import OasisServices
import OasisStore

/// Fills the request context: the body limit, the language (query `lang`, cookie, Accept-Language) and
/// the principal (session cookie for browsers, `Authorization: Bearer` for machines).
struct RequestContextResolver: Sendable {
    let store: Store
    let configuration: ServerConfiguration

    /// The language asked for with `?lang=`, read once per request for `resolve` and `finish`.
    static func requestedLanguage(_ request: Request) -> Language? {
        request.uri.queryParameters["lang"].flatMap { Language(tag: String($0)) }
    }

    func resolve(_ request: Request, requested: Language?, into context: inout OasisRequestContext) async throws {
        context.uploadLimit = configuration.maxBodyBytes
        context.language = Self.language(of: request, requested: requested)
        context.query = request.uri.query ?? ""
        context.csrfToken = request.cookies[CookieNames.csrf]?.value
        context.forwarding = ClientForwarding(
            trustedProxies: configuration.trustedProxies, publicBaseURL: configuration.publicBaseURL,
            forwardedFor: configuration.trustedProxies.isEmpty ? [] : request.headers[values: .xForwardedFor]
        )
        if let authorization = request.headers[.authorization] {
            guard authorization.lowercased().hasPrefix("bearer ") else {
                throw OasisError(kind: .unauthenticated, code: "unauthenticated", message: "Use `Authorization: Bearer <token>`.")
            }
            let token = String(authorization.dropFirst("bearer ".count)).trimmingASCIIWhitespace()
            guard let principal = try await store.principal(tokenHash: SecretToken.hash(token)) else { throw OasisError.unauthenticated }
            context.principal = principal
        } else if let cookie = request.cookies[CookieNames.session]?.value {
            let hash = SecretToken.hash(cookie)
            if let userID = try await store.sessions.userID(tokenHash: hash), let user = try await store.users.resolve(id: userID), !user.disabled {
                context.principal = Principal(user: user)
                context.sessionTokenHash = hash
                context.mustChangePassword = user.mustChangePassword
                // A browser session calling a state-changing API must prove the page is ours (the form's CSRF token).
                if request.uri.path.hasPrefix("/api/"), ![.get, .head, .options].contains(request.method) {
                    let header = request.headers[.init("X-CSRF-Token")!] ?? ""
                    guard let cookie = context.csrfToken, !cookie.isEmpty, SecretToken.constantTimeEquals(cookie, header) else {
                        throw OasisError(
                            kind: .forbidden, code: "csrf_failed",
                            message: "A browser session must send the page's CSRF token in X-CSRF-Token for this call.")
                    }
                }
            }
        }
        try PasswordChangeGate.check(request, principal: context.principal)
    }

    /// A language chosen with `?lang=` is remembered in a cookie.
    func finish(_ response: inout Response, requested: Language?) {
        if let requested {
            response.setCookie(Cookie(name: CookieNames.language, value: requested.rawValue, maxAge: 365 * 24 * 3600, path: "/", sameSite: .lax))
        }
    }

    static func language(of request: Request, requested: Language?) -> Language {
        if let requested { return requested }
        if let cookie = request.cookies[CookieNames.language]?.value, let language = Language(tag: cookie) { return language }
        return Language.negotiate(acceptLanguage: request.headers[.acceptLanguage]) ?? .default
    }
}

extension HTTPField.Name {
    static let xForwardedFor = HTTPField.Name("X-Forwarded-For")!
}
