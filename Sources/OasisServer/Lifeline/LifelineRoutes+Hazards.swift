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

    func importHazards(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<LifelineImportSummary> {
        try await registryImport(
            request, context, what: "hazard sources", json: { (items: [MajorHazardSource]) in try await hazards.save(items, by: context.principal) },
            file: { bytes, fileName in try await hazards.importFile(bytes, fileName: fileName, by: context.principal) }, takesXLSX: true)
    }

    /// A registry import that takes `{"items": […]}` as JSON, a CSV file (`text/csv`) or, where `takesXLSX`, a workbook
    /// (the XLSX media type); any other body is refused. `file` gets the body and a file name that says its format.
    func registryImport<Item: Codable & Sendable>(
        _ request: Request, _ context: OasisRequestContext, what: String, json: ([Item]) async throws -> LifelineImportSummary,
        file: ([UInt8], String) async throws -> LifelineImportSummary, takesXLSX: Bool = false
    ) async throws -> JSONBody<LifelineImportSummary> {
        let contentType = RequestContentType(request)
        if contentType.hasPrefix("application/json") {
            return JSONBody(try await json(try await JSONResponse.decode(ItemList<Item>.self, from: request, context: context).items))
        }
        let isXLSX = takesXLSX && contentType.hasPrefix(TableUpload.xlsxType)
        try contentType.require(
            isXLSX || contentType.hasPrefix("text/csv", "application/csv"),
            takesXLSX
                ? "Send the \(what) as CSV (text/csv), XLSX (\(TableUpload.xlsxType)) or JSON ({\"items\": […]})."
                : "Send the \(what) as CSV (text/csv) or JSON ({\"items\": […]}).")
        return JSONBody(
            try await file(Array(buffer: try await JSONResponse.collect(request, context: context)), isXLSX ? "upload.xlsx" : "upload.csv"))
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
