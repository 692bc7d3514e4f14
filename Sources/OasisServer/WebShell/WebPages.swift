import Foundation
import Hummingbird
import OasisCore
import OasisCredentials
import OasisServices

/// What every page handler shares: rendering in the layout, the CSRF cookie and the one-time-password rule of
/// pages, the forms' CSRF check and reading a form.
struct WebPages: Sendable {
    let renderer: PageRenderer
    let cookiesAreSecure: Bool

    var catalogue: MessageCatalogue { renderer.catalogue }

    /// A message of the catalogue in the request's language.
    func text(_ key: String, _ context: OasisRequestContext, arguments: [String] = []) -> String {
        catalogue.text(MessageKey(key), context.language, arguments: arguments)
    }

    func render(
        _ template: String, title: String, data: [String: Any], current: String, context: OasisRequestContext,
        status: HTTPResponse.Status = .ok
    ) -> Response {
        renderer.render(template, title: title, data: data, current: current, context: context, status: status)
    }

    /// A form's page shown again with what was typed and its errors (see ``FormState``), with the form's status.
    func render(
        _ template: String, title: String, data: [String: Any], form: FormState, current: String, context: OasisRequestContext
    ) -> Response {
        renderer.render(
            template, title: title, data: data.merging(form.data(catalogue, context.language)) { $1 }, current: current, context: context,
            status: form.hasErrors ? form.status : .ok)
    }

    /// Runs a page handler with a CSRF cookie in place and the one-time-password rule applied.
    func page(
        _ context: OasisRequestContext, allowPasswordChange: Bool = false,
        _ body: (OasisRequestContext) async throws -> Response
    ) async throws -> Response {
        if context.mustChangePassword, !allowPasswordChange {
            return Response.redirect(to: "/account/password", type: .found)
        }
        var context = context
        var newToken: String?
        if context.csrfToken == nil || context.csrfToken!.isEmpty {
            newToken = SecretToken.generate()
            context.csrfToken = newToken
        }
        var response = try await body(context)
        if let newToken {
            response.setCookie(
                Cookie(
                    name: CookieNames.csrf, value: newToken, path: "/", secure: cookiesAreSecure,
                    httpOnly: true, sameSite: .strict))
        }
        return response
    }

    /// Double-submit check: the form's token must equal the browser's CSRF cookie.
    func checkCSRF(_ submitted: String?, _ context: OasisRequestContext) throws(OasisError) {
        guard let cookie = context.csrfToken, !cookie.isEmpty, let submitted,
            SecretToken.constantTimeEquals(cookie, submitted)
        else {
            throw OasisError(kind: .forbidden, code: "csrf_failed", message: catalogue.text("csrf_failed", context.language))
        }
    }

    /// A form with only its CSRF token, checked.
    func checkCSRF(_ request: Request, _ context: OasisRequestContext) async throws {
        struct Token: Decodable { var csrf: String? }
        let form = try await Self.form(Token.self, request, context)
        try checkCSRF(form.csrf, context)
    }

    static func form<T: Decodable>(_ type: T.Type, _ request: Request, _ context: OasisRequestContext) async throws -> T {
        let contentType = RequestContentType(request)
        try contentType.require(contentType.hasPrefix("application/x-www-form-urlencoded"), "Submit this form as application/x-www-form-urlencoded.")
        let body = try await JSONResponse.collect(request, context: context)
        do {
            return try URLEncodedFormDecoder().decode(T.self, from: String(buffer: body))
        } catch {
            throw OasisError.invalid(code: "invalid_form", message: "The form could not be read.", details: [DecodingErrorDetail.detail(error)])
        }
    }

    /// Only same-site relative paths are followed after sign-in.
    static func safeNext(_ next: String?) -> String {
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"), !next.contains("\\"), !next.hasPrefix("/login") else { return "/" }
        return next
    }
}
