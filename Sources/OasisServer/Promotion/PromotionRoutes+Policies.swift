import Hummingbird
import NIOCore
import OasisCore
import OasisImport
import OasisServices
import OasisStore

/// Policies, boundaries, the status views and the upward progress report.
extension PromotionRoutes {
    func policies(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<some Encodable> {
        JSONBody(ItemList(items: try await store.policies.list()))
    }

    func policy(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<Policy> {
        let id = context.parameters.get("id") ?? ""
        guard let policy = try await store.policies.get(id) else { throw OasisError.notFound("Policy", id) }
        return JSONBody(policy)
    }

    func savePolicy(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<Policy> {
        let body = try await JSONResponse.collect(request, context: context)
        try RequestParameters.requireJSON(request)
        let policy = try Policy.decode(json: Array(buffer: body), framework: try await store.frameworks.activeOrBuiltIn())
        try await store.policies.save(policy, by: context.principal.access(for: .writeProjects))
        return JSONBody(policy, status: .created)
    }

    func boundaries(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<ItemList<[String: String]>> {
        JSONBody(ItemList(items: try await store.boundaries.list().map { ["region": $0.region, "name": $0.name] }))
    }

    func saveBoundary(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<[String: String]> {
        let region = try RequestParameters.pathRegion(context, "region").rawValue
        try RequestParameters.requireJSON(request)
        let body = try await JSONResponse.collect(request, context: context)
        let area = try BoundaryGeoJSONReader.read(Array(buffer: body))
        let name = RequestParameters.text(request, "name") ?? "urban development boundary"
        try await store.boundaries.save(region: region, name: name, area: area, by: context.principal.access(for: .writeProjects))
        return JSONBody(["region": region, "name": name, "polygons": String(area.polygons.count)], status: .created)
    }

    func measureStatus(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<MeasureStatusReport> {
        let policy = RequestParameters.text(request, "policy") ?? Policy.builtInID
        let region = try RequestParameters.region(request)
        return JSONBody(try await promotion.measureStatus(policyID: policy, region: region, by: context.principal))
    }

    func delays(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<DelayReport> {
        JSONBody(try await promotion.delays(region: try RequestParameters.region(request), by: context.principal))
    }

    func progressReport(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        let region = try RequestParameters.region(request)
        let year = try RequestParameters.integer(request, "year")
        let language = RequestParameters.text(request, "lang").flatMap { Language(tag: $0) } ?? context.language
        let html = try await promotion.progressReport(region: region, year: year, language: language, by: context.principal)
        // The report is self-contained: inline styles and SVG, no scripts.
        return Response(
            status: .ok,
            headers: [
                .contentType: "text/html; charset=utf-8", .cacheControl: "no-store",
                .contentSecurityPolicy: "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
            ],
            body: .init(byteBuffer: ByteBuffer(string: html)))
    }
}
