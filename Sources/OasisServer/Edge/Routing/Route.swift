import HTTPTypes
import Hummingbird
import OasisCore

/// One row of a route table: the method, path, kind and access the edge reads, and the named handler of the
/// route collection that answers it.
struct Route<Collection: Sendable>: Sendable {
    typealias Handler = @Sendable (Collection, Request, OasisRequestContext) async throws -> Response

    let description: RouteDescription
    private let handler: Handler

    init<Output: ResponseGenerator>(
        _ method: HTTPRequest.Method, _ path: String, _ kind: RouteKind, _ access: RouteAccess, allowsPasswordChange: Bool = false,
        personal: Bool = false, _ handler: @escaping @Sendable (Collection) -> (Request, OasisRequestContext) async throws -> Output
    ) {
        description = RouteDescription(
            method: method, path: path, kind: kind, access: access, allowsPasswordChange: allowsPasswordChange,
            personal: personal)
        self.handler = { collection, request, context in
            try await handler(collection)(request, context).response(from: request, context: context)
        }
    }

    /// Decides the route's access, then runs its handler. A page that needs a permission sends a user who must
    /// still replace a one-time password to the change form first, as every page does.
    func respond(_ collection: Collection, _ request: Request, _ context: OasisRequestContext) async throws -> Response {
        if description.kind == .web, case .permission = description.access, context.mustChangePassword,
            context.principal.kind == .user, request.method == .get || request.method == .head
        {
            return Response.redirect(to: "/account/password", type: .found)
        }
        try description.access.check(context.principal)
        return try await handler(collection, request, context)
    }
}
