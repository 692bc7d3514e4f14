import Foundation
import Hummingbird
import OasisCore
import OasisServices
import OasisStore

/// The registry over the API: assets (`PUT` a GeoJSON FeatureCollection, `GET` the list) and sensors (`PUT` CSV, XLSX or
/// `{"items": [sensor…]}`, `GET` the list), scoped by region, audited.
extension LifelineRoutes {
    func listAssets(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<ItemList<LifelineAsset>> {
        let access = try context.principal.access(for: .readLayers)
        let kind = try RequestParameters.text(request, "kind").map { text throws(OasisError) in
            guard let kind = LifelineAssetKind(rawValue: text) else {
                throw RequestParameters.choiceError("kind", text, LifelineAssetKind.allCases.map(\.rawValue))
            }
            return kind
        }
        return JSONBody(ItemList(items: try await store.lifeline.assets(region: try RequestParameters.region(request), kind: kind, for: access)))
    }

    func importAssets(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<LifelineImportSummary> {
        let crs = try RequestParameters.text(request, "crs").map { try SpatialLayerService.coordinateSystem(named: $0) }
        let region = try RequestParameters.region(request)
        let contentType = RequestContentType(request)
        try contentType.require(
            contentType.hasPrefix("application/geo+json", "application/json"),
            "Send the assets as GeoJSON (application/geo+json or application/json).")
        let body = try await JSONResponse.collect(request, context: context)
        return JSONBody(
            try await lifeline.importAssets(geoJSON: Array(buffer: body), coordinateSystem: crs, defaultRegion: region, by: context.principal))
    }

    func listSensors(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<ItemList<LifelineSensor>> {
        let access = try context.principal.access(for: .readLayers)
        return JSONBody(
            ItemList(
                items: try await store.lifeline.sensors(
                    asset: RequestParameters.text(request, "asset"), region: try RequestParameters.region(request), for: access)))
    }

    func importSensors(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        try await registryImport(
            request, context, what: "sensors", json: { (items: [LifelineSensor]) in try await lifeline.saveSensors(items, by: context.principal) },
            file: { bytes, fileName in try await lifeline.importSensors(bytes, fileName: fileName, by: context.principal) })
    }

    /// A sensor's series over `[from, to)` (ISO-8601; the last hour by default), read by the span
    /// (`LifelineSeriesResolution`): readings and 1-minute rollups up to 6 hours, 1-minute rollups up to 3 days, 1-hour
    /// rollups beyond.
    func series(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<LifelineSeries> {
        let access = try context.principal.access(for: .readLayers)
        let code = context.parameters.get("sensor") ?? ""
        let to = try Self.instant(request, "to") ?? store.clock.now()
        let from = try Self.instant(request, "from") ?? to.addingTimeInterval(-3600)
        guard try await store.lifeline.sensors(code: code, for: access).first != nil else { throw OasisError.notFound("Sensor", code) }
        let resolution = LifelineSeriesResolution(span: to.timeIntervalSince(from))
        return JSONBody(
            LifelineSeries(
                sensor: code, resolution: resolution,
                readings: resolution == .raw ? try await store.lifeline.readings(sensor: code, from: from, to: to, for: access) : [],
                rollups: try await store.lifeline.rollups(sensor: code, from: from, to: to, resolution: resolution.rollups, for: access)))
    }

    static func instant(_ request: Request, _ name: String) throws(OasisError) -> Date? {
        guard let text = RequestParameters.text(request, name) else { return nil }
        guard let date = try? Date.ISO8601FormatStyle().parse(text) else {
            throw OasisError.invalid(
                code: "invalid_parameter", message: "\(name) is an ISO-8601 instant.", details: [.init(field: name, reason: "\"\(text.prefix(40))\"")]
            )
        }
        return date
    }
}

/// A sensor's series: its readings (for a span of up to 6 hours) and its 1-minute or 1-hour rollups (`minute` is each
/// bucket's start).
struct LifelineSeries: Codable, Sendable {
    var sensor: String
    var resolution: LifelineSeriesResolution
    var readings: [SensorReading]
    var rollups: [LifelineRollup]
}
