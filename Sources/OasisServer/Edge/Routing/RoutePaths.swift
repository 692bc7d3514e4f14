/// The request paths a set of routes stands for, read without a router: some exact paths and some prefixes.
/// A cheap check, made on every request.
struct RoutePaths: Sendable {
    private let exact: Set<String>
    private let prefixes: [String]

    private init(exact: Set<String>, prefixes: Set<String>) {
        self.exact = exact
        self.prefixes = prefixes.sorted()
    }

    /// The routes as areas: a route of one segment (or the root) covers exactly its path; a route of several
    /// segments covers every path below its first segment. So `/regions/:code` covers `/regions/…` (a missing
    /// region still gets the page-style answer) but not `/regions`, and `/hotline` with `/hotline/new` covers
    /// `/hotline` and `/hotline/…`.
    static func areas(_ routes: [RouteDescription]) -> RoutePaths {
        var exact: Set<String> = []
        var prefixes: Set<String> = []
        for route in routes {
            let segments = route.segments
            if segments.count <= 1 { exact.insert(route.path) } else { prefixes.insert("/" + segments[0] + "/") }
        }
        return RoutePaths(exact: exact, prefixes: prefixes)
    }

    /// The routes as they match: a route without parameters matches its own path; a route with parameters
    /// every path that begins with its constant part (`/api/v1/cases/:id`: `/api/v1/cases/…`).
    static func matching(_ routes: [RouteDescription]) -> RoutePaths {
        var exact: Set<String> = []
        var prefixes: Set<String> = []
        for route in routes {
            let constant = route.segments.prefix { !$0.hasPrefix(":") }
            if constant.count == route.segments.count { exact.insert(route.path) } else { prefixes.insert("/" + constant.map { $0 + "/" }.joined()) }
        }
        return RoutePaths(exact: exact, prefixes: prefixes)
    }

    func contains(_ path: String) -> Bool {
        exact.contains(path) || prefixes.contains { path.hasPrefix($0) }
    }
}
