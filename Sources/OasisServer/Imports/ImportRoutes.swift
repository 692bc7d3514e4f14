import Hummingbird
import NIOCore
import OasisCore
import OasisImport
import OasisServices

/// The import templates: `GET /api/v1/imports/templates/{kind}.xlsx`, the XLSX to fill in for an import, in the
/// user's language, for a user who may run that import.
struct ImportRoutes: RouteCollection {
    static let routes: [Route<Self>] = [
        Route(.get, "/api/v1/imports/templates/:file", .api, .signedIn, Self.template)
    ]

    let workbooks: ImportWorkbooks

    func template(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        let file = context.parameters.get("file") ?? ""
        guard file.hasSuffix(".xlsx"), let kind = ImportTemplateKind(rawValue: String(file.dropLast(".xlsx".count))) else {
            throw OasisError.notFound("Template", file)
        }
        let bytes = try await workbooks.template(kind, language: context.language, by: context.principal)
        return Response(
            status: .ok, headers: [.contentType: TableUpload.xlsxType, .contentDisposition: "attachment; filename=\"\(kind.rawValue).xlsx\""],
            body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
