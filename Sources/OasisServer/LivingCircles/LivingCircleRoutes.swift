import HTTPTypes
import Hummingbird
import NIOCore
import OasisCore
import OasisServices
import OasisStore

/// Living circles: the spatial layers over HTTP (upload a layer's GeoJSON, replacing what the same source gave,
/// within a region when one is named; download a layer as a GeoJSON FeatureCollection) and the living-circle page.
struct LivingCircleRoutes: RouteCollection {
    static let routes: [Route<Self>] = [
        Route(.put, "/api/v1/layers/:layer", .api, .permission(.writeLayers), Self.importLayer),
        Route(.get, "/api/v1/layers/:layer", .api, .permission(.readLayers), Self.exportLayer),
        Route(.get, "/living-circles", .web, .permission(.readLayers), Self.page),
        Route(.post, "/living-circles/analyses", .web, .permission(.writeIndicators), Self.startJob),
        Route(.post, "/living-circles/analyses/:id/cancel", .web, .permission(.writeIndicators), Self.cancelJob),
    ]

    /// At most this many features of a layer are drawn on the page; the page says when there were more.
    static let mapLimit = 5_000

    let layers: SpatialLayerService
    let pages: WebPages
    let jobs: AnalysisJobQueue
    /// The street colourings drawn last (one search of the network per network, type and facilities, not per view).
    let streetColours = StreetColourCache()

    var analyses: AnalysisJobRunner { jobs.runner }

    var store: Store { layers.store }
    var catalogue: MessageCatalogue { pages.catalogue }

    func importLayer(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<SpatialLayerImportOutcome> {
        let layer = try SpatialLayerService.layer(named: context.parameters.get("layer") ?? "")
        let crs = try RequestParameters.text(request, "crs").map { try SpatialLayerService.coordinateSystem(named: $0) }
        let region = try RequestParameters.region(request)
        let source = RequestParameters.text(request, "source") ?? "upload"
        let contentType = RequestContentType(request)
        try contentType.require(
            contentType.hasPrefix("application/geo+json", "application/json"),
            "Send the layer as GeoJSON (application/geo+json or application/json).")
        let body = try await JSONResponse.collect(request, context: context)
        return JSONBody(
            try await layers.importLayer(
                layer, bytes: Array(buffer: body), coordinateSystem: crs, region: region, source: source,
                replacing: true, by: context.principal))
    }

    func exportLayer(_ request: Request, _ context: OasisRequestContext) throws -> Response {
        let layer = try SpatialLayerService.layer(named: context.parameters.get("layer") ?? "")
        let bbox = try RequestParameters.text(request, "bbox").map { try SpatialBox(parsing: $0) }
        let layers = self.layers
        let principal = context.principal
        // Streamed in batches: a layer can hold hundreds of thousands of features.
        return Response(
            status: .ok, headers: [.contentType: "application/geo+json", .contentDisposition: "attachment; filename=\"\(layer.rawValue).geojson\""],
            body: ResponseBody { writer in
                try await layers.export(layer, bbox: bbox, by: principal) { text in try await writer.write(ByteBuffer(string: text)) }
                try await writer.finish(nil)
            })
    }
}
