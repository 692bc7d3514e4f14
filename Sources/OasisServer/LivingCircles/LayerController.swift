import HTTPTypes
import Hummingbird
import NIOCore
import OasisCore
import OasisServices
import OasisStore

/// The spatial layers over HTTP: upload a layer's GeoJSON (replacing what the same source gave, within a
/// region when one is named) and download a layer as a GeoJSON FeatureCollection.
struct LayerController {
    let layers: SpatialLayerService

    func register(on router: Router<OasisRequestContext>) {
        router.put("/api/v1/layers/:layer") { request, context in
            try context.principal.require(.writeLayers)
            let layer = try SpatialLayerService.layer(named: context.parameters.get("layer") ?? "")
            let query = request.uri.queryParameters
            let crs = try query["crs"].map { try SpatialLayerService.coordinateSystem(named: String($0)) }
            let region = try query["region"].map { try RegionController.code(String($0), field: "region").rawValue }
            let source = query["source"].map(String.init) ?? "upload"
            try Self.requireGeoJSON(request)
            let body = try await JSONResponse.collect(request, context: context)
            let outcome = try await layers.importLayer(layer, bytes: Array(buffer: body), coordinateSystem: crs, region: region, source: source,
                                                       replacing: true, by: context.principal)
            return try JSONResponse.encode(outcome)
        }
        router.get("/api/v1/layers/:layer") { request, context in
            try context.principal.require(.readLayers)
            let layer = try SpatialLayerService.layer(named: context.parameters.get("layer") ?? "")
            let bbox = try request.uri.queryParameters["bbox"].map { try SpatialBox(parsing: String($0)) }
            let layers = self.layers, principal = context.principal
            // Streamed in batches: a layer can hold hundreds of thousands of features.
            return Response(status: .ok, headers: [.contentType: "application/geo+json", .contentDisposition: "attachment; filename=\"\(layer.rawValue).geojson\""],
                            body: ResponseBody { writer in
                                try await layers.export(layer, bbox: bbox, by: principal) { text in try await writer.write(ByteBuffer(string: text)) }
                                try await writer.finish(nil)
                            })
        }
    }

    /// GeoJSON comes as application/geo+json or application/json.
    static func requireGeoJSON(_ request: Request) throws(OasisError) {
        let contentType = request.headers[.contentType]?.lowercased() ?? ""
        guard contentType.hasPrefix("application/geo+json") || contentType.hasPrefix("application/json") else {
            throw OasisError(kind: .unsupportedMediaType, code: "unsupported_media_type", message: "Send the layer as GeoJSON (application/geo+json or application/json).")
        }
    }
}
