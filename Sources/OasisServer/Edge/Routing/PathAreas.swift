/// The request paths a set of routes stands for, as areas: a route of one segment (or the root) covers exactly its
/// path; a route of several segments covers every path below its first segment. So `/regions/:code` covers
/// `/regions/…` (a missing region still gets the page-style answer) but not `/regions`, and `/hotline` with
/// `/hotline/new` covers `/hotline` and `/hotline/…`.
struct PathAreas: Sendable {
    private let exact: Set<String>
    private let prefixes: [String]

    init(_ routes: [RouteDescription]) {
        var exact: Set<String> = []
        var prefixes: Set<String> = []
        for route in routes {
            let segments = route.segments
            if segments.count <= 1 {
                exact.insert(route.path)
            } else {
                prefixes.insert("/" + segments[0] + "/")
            }
        }
        self.exact = exact
        self.prefixes = prefixes.sorted()
    }

    func contains(_ path: String) -> Bool {
        exact.contains(path) || prefixes.contains { path.hasPrefix($0) }
    }
}
