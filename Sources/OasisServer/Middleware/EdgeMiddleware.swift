import Foundation
import HTTPTypes
import Hummingbird
import Logging
import OasisCore

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
            let requested = RequestContextResolver.requestedLanguage(request)
            try await resolver.resolve(request, requested: requested, into: &context)
            response = try await next(request, context)
            resolver.finish(&response, requested: requested)
        } catch {
            failed = true
            response = try errors.response(for: error, request: request, context: context)
        }
        SecurityHeaders.apply(to: &response.headers)
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
                "ms": "\(String(format: "%.2f", Double(nanoseconds) / 1e6))", "user": "\(context.principal.username)",
            ]
        )
        return response
    }
}

extension HTTPField.Name {
    static let requestID = HTTPField.Name("X-Request-Id")!
}
