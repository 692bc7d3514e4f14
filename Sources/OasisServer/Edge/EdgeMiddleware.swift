import Foundation
import HTTPTypes
import Hummingbird
import Logging
import OasisCore
import OasisServices

/// Everything a request meets at the edge, in one step: the context is filled (language, principal), errors
/// become responses (JSON or an HTML page), every response gets the security headers and `X-Request-Id`, and
/// the request is counted and logged with its final status and user. One middleware rather than five: each
/// layer costs an async frame per request, and a metrics layer that wrapped the body broke Hummingbird's
/// single-write path for whole-buffer responses.
struct EdgeMiddleware: RouterMiddleware {
    typealias Context = OasisRequestContext
    let resolver: RequestContextResolver
    let errors: ErrorResponder
    let metrics = RequestMetrics()

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        let active = metrics.started(request.method)
        defer { active.end() }
        var context = context
        var response: Response
        var failed = false
        do {
            if case .rewrite(let canonical) = CanonicalPath.check(request.uri.path) {
                return try Self.refuse(request, canonical: canonical, context: context)
            }
            let requested = RequestContextResolver.requestedLanguage(request)
            try await resolver.resolve(request, requested: requested, into: &context)
            response = try await next(request, context)
            resolver.finish(&response, requested: requested)
        } catch {
            failed = true
            response = try errors.response(for: error, request: request, context: context)
        }
        SecurityHeaders.apply(to: &response.headers)
        if response.headers[.cacheControl] == nil, Self.isPrivate(request, context) {
            response.headers[.cacheControl] = "no-store"
        }
        response.headers[.requestID] = context.id
        let elapsed = ContinuousClock.now - start
        let nanoseconds = elapsed.components.seconds * 1_000_000_000 + elapsed.components.attoseconds / 1_000_000_000
        metrics.record(
            route: context.endpointPath ?? (failed ? "NotFound" : "Unknown"), method: request.method,
            status: response.status.code, nanoseconds: nanoseconds, failed: failed
        )
        context.logger.info(
            "request",
            metadata: [
                "method": "\(request.method)", "path": "\(request.uri.path)", "status": "\(response.status.code)",
                "ms": "\(String(format: "%.2f", Double(nanoseconds) / 1e6))", "user": "\(context.logNote.username ?? context.principal.username)",
            ]
        )
        return response
    }
}

extension EdgeMiddleware {
    /// A non-canonical path: a GET or HEAD is sent to its canonical spelling (308); anything else is refused
    /// (400), since a state-changing call must name its route exactly.
    static func refuse(_ request: Request, canonical: String?, context: Context) throws -> Response {
        if let canonical, request.method == .get || request.method == .head {
            let query = request.uri.query.map { "?" + $0 } ?? ""
            return Response(status: .permanentRedirect, headers: [.location: canonical + query])
        }
        throw OasisError.invalid(
            code: "non_canonical_path",
            message: "The path is not in canonical form (empty or dot segments, backslashes or encoded separators)"
                + (canonical.map { "; use \($0)" } ?? "") + "."
        )
    }

    /// Responses that may carry personal data (anything a signed-in user or token sees, and the hotline's
    /// and Open311's answers with reporters' details) must not be kept by browsers or shared caches.
    static func isPrivate(_ request: Request, _ context: Context) -> Bool {
        if context.principal.kind != .anonymous || request.headers[.authorization] != nil { return true }
        return RouteCatalogue.personalPaths.contains(request.uri.path)
    }
}

extension HTTPField.Name {
    static let requestID = HTTPField.Name("X-Request-Id")!
}
