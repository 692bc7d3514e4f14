import Foundation
import HTTPTypes
import Hummingbird
import Logging
import OasisCore
import OasisServices
import OasisStore

/// Maps every error, once, at the edge: JSON in the shape of `APIErrorBody` for API clients, an HTML
/// page for browsers. Never lets an internal error's text reach the client.
struct ErrorResponder: Sendable {
    let pages: PageRenderer

    func response(for error: any Error, request: Request, context: OasisRequestContext) throws -> Response {
        var oasisError = OasisError.from(error)
        if oasisError.kind == .internal {
            context.logger.error("request failed", metadata: ["error": "\(String(reflecting: error))"])
        } else {
            context.logger.debug("request refused", metadata: ["code": "\(oasisError.code)"])
        }
        if oasisError.kind == .unauthenticated, !Self.wantsJSON(request) {
            return Response.redirect(to: "/login?next=" + (request.uri.path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? "/"))
        }
        var response: Response
        if Self.wantsJSON(request) {
            if oasisError.kind == .internal { oasisError.details = [] }
            response = try JSONResponse.encode(
                APIErrorBody(error: .init(code: oasisError.code, message: oasisError.message, details: oasisError.details, requestId: context.id)),
                status: oasisError.kind.status
            )
            if oasisError.kind == .unauthenticated {
                response.headers[.wwwAuthenticate] = "Bearer realm=\"oasis\""
            }
        } else {
            response = pages.errorPage(oasisError, context: context)
        }
        Self.applyRetryAfter(oasisError, to: &response.headers)
        return response
    }

    /// API routes, non-GET machine calls and clients that ask for JSON get JSON; browsers get HTML.
    static func wantsJSON(_ request: Request) -> Bool {
        let path = request.uri.path
        if RouteCatalogue.isAPIPath(path) { return true }
        let accept = request.headers[.accept] ?? ""
        if accept.contains("text/html") { return false }
        return accept.contains("application/json") || !path.hasPrefix("/") || request.headers[.authorization] != nil
            || !RouteCatalogue.isWebPath(path)
    }

    static func applyRetryAfter(_ error: OasisError, to headers: inout HTTPFields) {
        if let seconds = error.retryAfterSeconds { headers[.retryAfter] = String(max(1, seconds)) }
    }
}
