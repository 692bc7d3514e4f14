import Foundation
import Hummingbird
import OasisCore
import OasisServices
import OasisStore

/// Grid management (网格化管理) over HTTP: the grids (import as GeoJSON, list), their workers, the events grid
/// workers find on patrol, the figures per grid, and the grid page with the grids on the map.
struct GridRoutes: RouteCollection {
    static let routes: [Route<Self>] = [
        Route(.get, "/api/v1/grids", .api, .permission(.readRegions), Self.list),
        Route(.put, "/api/v1/grids", .api, .permission(.writeRegions), Self.importGrids),
        Route(.get, "/api/v1/grids/metrics", .api, .permission(.readCases), personal: true, Self.metrics),
        Route(.get, "/api/v1/grids/:grid/workers", .api, .permission(.readCases), personal: true, Self.workers),
        Route(.put, "/api/v1/grids/:grid/workers/:username", .api, .permission(.manageUsers), personal: true, Self.assign),
        Route(.delete, "/api/v1/grids/:grid/workers/:username", .api, .permission(.manageUsers), personal: true, Self.unassign),
        // The assignment to a grid, not a role, lets a user enter what they found (the case service's rule).
        Route(.post, "/api/v1/patrol-events", .api, .signedIn, personal: true, Self.patrol),
        Route(.get, "/grids", .web, .permission(.readCases), personal: true, Self.page),
    ]

    let grids: GridService
    let pages: WebPages

    var store: Store { grids.store }
    var catalogue: MessageCatalogue { pages.catalogue }

    func list(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<ItemList<Grid>> {
        JSONBody(ItemList(items: try await grids.list(by: context.principal)))
    }

    func importGrids(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<GridImportSummary> {
        let crs = try RequestParameters.text(request, "crs").map { try SpatialLayerService.coordinateSystem(named: $0) }
        let contentType = RequestContentType(request)
        try contentType.require(
            contentType.hasPrefix("application/geo+json", "application/json"), "Send the grids as GeoJSON (application/geo+json or application/json)."
        )
        let body = try await JSONResponse.collect(request, context: context)
        return JSONBody(try await grids.importGrids(geoJSON: Array(buffer: body), coordinateSystem: crs ?? .wgs84, by: context.principal))
    }

    func metrics(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<ItemList<GridMetrics>> {
        JSONBody(ItemList(items: try await grids.metrics(by: context.principal)))
    }

    func workers(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<ItemList<GridWorker>> {
        JSONBody(ItemList(items: try await grids.workers(of: Self.parameter("grid", context), by: context.principal)))
    }

    func assign(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<GridWorker> {
        JSONBody(try await grids.assign(Self.parameter("username", context), to: Self.parameter("grid", context), by: context.principal))
    }

    func unassign(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        try await grids.unassign(Self.parameter("username", context), from: Self.parameter("grid", context), by: context.principal)
        return Response(status: .noContent)
    }

    func patrol(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<HotlineCase> {
        let input = try await JSONResponse.decode(CaseInput.self, from: request, context: context)
        return JSONBody(try await grids.cases.submitPatrol(input, by: context.principal), status: .created)
    }

    static func parameter(_ name: String, _ context: OasisRequestContext) -> String {
        let raw = context.parameters.get(name) ?? ""
        return raw.removingPercentEncoding ?? raw
    }
}
