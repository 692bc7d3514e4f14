import Hummingbird

/// A feature's routes: its route table (`routes`, at the top of the type) and the named handlers the table
/// points at. Registration is the same for every feature: each route is added with its access decided first.
protocol RouteCollection: Sendable {
    static var routes: [Route<Self>] { get }
}

extension RouteCollection {
    /// The route table without handlers.
    static var descriptions: [RouteDescription] { routes.map(\.description) }

    func register(on router: Router<OasisRequestContext>) {
        for route in Self.routes {
            router.on(RouterPath(route.description.path), method: route.description.method) { request, context in
                try await route.respond(self, request, context)
            }
        }
    }
}
