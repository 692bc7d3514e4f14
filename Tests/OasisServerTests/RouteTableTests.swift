import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import OasisCore
import OasisServer
import OasisServices
import OasisStore
import OasisTestSupport
import Testing

/// The route tables are the one list of routes: the router has exactly their routes, `/openapi.json` describes
/// exactly their machine routes, and every other route is a page of the web shell.
@Suite("Route tables: the router, /openapi.json and the web shell's paths all come from them")
struct RouteTableTests {
    /// `METHOD /path/{parameter}` whichever parameter syntax the router was given.
    static func key(_ method: HTTPRequest.Method, _ path: String) -> String {
        let segments = path.split(separator: "/").map { segment -> String in
            segment.hasPrefix(":") ? "{\(segment.dropFirst())}" : String(segment)
        }
        return "\(method.rawValue) /" + segments.joined(separator: "/")
    }

    @Test("the router has exactly the routes of the tables, each once")
    func routerIsTheTables() async throws {
        let store = try await TestStore.make(.sqlite)
        let opened = try await Store.open(store.location, logger: TestStore.logger)
        let router = OasisApplication.buildRouter(store: opened, configuration: ServerConfiguration())
        let routed = router.routes.map { Self.key($0.method, $0.path.description) }
        await opened.close()
        await store.remove()
        let tabled = RouteCatalogue.all.map { Self.key($0.method, $0.openAPIPath) }
        #expect(Set(tabled).count == tabled.count, "a route is in two tables")
        #expect(
            Set(routed) == Set(tabled),
            "routed only: \(Set(routed).subtracting(tabled).sorted()); tabled only: \(Set(tabled).subtracting(routed).sorted())")
    }

    @Test("every machine route of the tables is in /openapi.json and nothing else is; every other route is a web-shell path")
    func openAPIIsTheTables() async throws {
        try await Harness.run { app in
            let response = try await app.request(.get, "/openapi.json")
            let document = try #require(try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any])
            let paths = try #require(document["paths"] as? [String: [String: Any]])
            let documented = Set(paths.flatMap { path, operations in operations.keys.map { "\($0.uppercased()) \(path)" } })
            let machine = Set(RouteCatalogue.all.filter(\.isDocumented).map { Self.key($0.method, $0.openAPIPath) })
            #expect(machine.subtracting(documented).isEmpty, "missing from /openapi.json: \(machine.subtracting(documented).sorted())")
            #expect(documented.subtracting(machine).isEmpty, "documented but in no table: \(documented.subtracting(machine).sorted())")
            for route in RouteCatalogue.all where route.isDocumented {
                let operation = paths[route.openAPIPath]?[route.method.rawValue.lowercased()] as? [String: Any]
                #expect((operation?["security"] != nil) == (route.access != .anyone), "\(route.method) \(route.path): security")
            }
        }
        for route in RouteCatalogue.all {
            let path = RoleRouteMatrixTests.concrete(route)
            #expect(route.isDocumented || RouteCatalogue.isWebPath(path), "\(route.method) \(route.path) is neither documented nor a web path")
            #expect(!(route.isDocumented && RouteCatalogue.isWebPath(path)), "\(route.method) \(route.path) is both")
            #expect(OasisApplication.isJSONRoute(route.openAPIPath) == route.isDocumented)
        }
    }

    @Test("the web shell's paths keep their areas: a missing page below a page's first segment is still a page")
    func webAreas() {
        for path in [
            "/", "/login", "/users", "/users/7/disable", "/regions/650000", "/regions/999999", "/account/password", "/static/oasis.css",
            "/static/missing.css", "/evaluation", "/evaluation/650100", "/promotion", "/projects", "/projects/3", "/hotline",
            "/hotline/anything", "/living-circles", "/living-circles/x", "/living-circles/analyses/3/cancel", "/audit",
        ] {
            #expect(RouteCatalogue.isWebPath(path), "\(path)")
        }
        for path in [
            "/regions", "/api/v1/regions", "/ogc", "/open311/v2/services.json", "/healthz", "/openapi.json", "/audit/x", "/promotion/x",
            "/login/x", "/account", "/nowhere",
        ] {
            #expect(!RouteCatalogue.isWebPath(path), "\(path)")
        }
    }
}
