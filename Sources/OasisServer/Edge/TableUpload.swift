import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import OasisCore
import OasisServices

/// A CSV or XLSX file posted to an import route: its bytes, its name (`?fileName=`) and whether the good rows
/// should be written despite bad ones (`?acceptValid=true`). Other content types get 415.
struct TableUpload {
    static let xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

    var bytes: [UInt8]
    var fileName: String
    var acceptValid: Bool

    static func read(_ request: Request, context: OasisRequestContext, defaultName: String) async throws -> TableUpload {
        let contentType = request.headers[.contentType]?.lowercased() ?? ""
        guard ["text/csv", "application/csv", xlsxType].contains(where: contentType.hasPrefix) else {
            throw OasisError(kind: .unsupportedMediaType, code: "unsupported_media_type", message: "Send a CSV (text/csv) or XLSX (\(xlsxType)) file.")
        }
        let body = try await JSONResponse.collect(request, context: context)
        let name = request.uri.queryParameters["fileName"].map(String.init) ?? defaultName + (contentType.hasPrefix(xlsxType) ? ".xlsx" : ".csv")
        let acceptValid = ["1", "true", "yes"].contains(request.uri.queryParameters["acceptValid"].map { $0.lowercased() } ?? "")
        return TableUpload(bytes: Array(buffer: body), fileName: name, acceptValid: acceptValid)
    }
}
