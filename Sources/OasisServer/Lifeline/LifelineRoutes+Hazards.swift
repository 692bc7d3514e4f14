import Foundation
import Hummingbird
import OasisCore
import OasisServices
import OasisStore

/// The register of major hazard sources over the API: list, get, create or replace and delete sources, import them as
/// CSV (one row per source and substance) or JSON, and the summary per region with its risk colour.
extension LifelineRoutes {
    var hazards: MajorHazardService { MajorHazardService(store: store) }

    func listHazards(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<ItemList<MajorHazardSource>> {
        JSONBody(ItemList(items: try await hazards.sources(region: try RequestParameters.region(request), by: context.principal)))
    }

    func importHazards(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        try await registryImport(
            request, context, what: "hazard sources", json: { (items: [MajorHazardSource]) in try await hazards.save(items, by: context.principal) },
            file: { bytes, fileName in try await hazards.importFile(bytes, fileName: fileName, by: context.principal) })
    }

    /// A registry import that takes `{"items": […]}` as JSON, or a CSV or XLSX file (`TableUpload`: `text/csv` or the
    /// XLSX media type, `?fileName=`); any other body is refused. A refused file comes back worded in the language
    /// asked for, or with `?marked=1` as the file itself with its bad cells marked (`ImportRefusal`).
    func registryImport<Item: Codable & Sendable>(
        _ request: Request, _ context: OasisRequestContext, what: String, json: ([Item]) async throws -> LifelineImportSummary,
        file: @escaping ([UInt8], String) async throws -> LifelineImportSummary
    ) async throws -> Response {
        if RequestContentType(request).hasPrefix("application/json") {
            let items = try await JSONResponse.decode(ItemList<Item>.self, from: request, context: context).items
            return try JSONBody(try await json(items)).response(from: request, context: context)
        }
        return try await ImportRefusal(catalogue: catalogue, store: store, foldsPlace: false).run(
            request, context, language: ImportRefusal.askedLanguage(request), defaultName: what
        ) { upload in JSONBody(try await file(upload.bytes, upload.fileName)) }
    }

    func hazard(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<MajorHazardSource> {
        JSONBody(try await hazards.source(code: Self.hazardCode(context), by: context.principal))
    }

    func putHazard(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<MajorHazardSource> {
        let source = try await JSONResponse.decode(MajorHazardSource.self, from: request, context: context)
        return JSONBody(try await hazards.put(source, code: Self.hazardCode(context), by: context.principal))
    }

    func deleteHazard(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<MajorHazardSource> {
        JSONBody(try await hazards.delete(code: Self.hazardCode(context), by: context.principal))
    }

    func hazardRegions(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<ItemList<MajorHazardRegionSummary>> {
        JSONBody(ItemList(items: try await hazards.summary(region: try RequestParameters.region(request), by: context.principal)))
    }

    static func hazardCode(_ context: OasisRequestContext) -> String {
        let raw = context.parameters.get("hazard") ?? ""
        return raw.removingPercentEncoding ?? raw
    }
}
