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
        let contentType = RequestContentType(request)
        try contentType.require(contentType.hasPrefix("text/csv", "application/csv", xlsxType), "Send a CSV (text/csv) or XLSX (\(xlsxType)) file.")
        let body = try await JSONResponse.collect(request, context: context)
        let name = RequestParameters.text(request, "fileName") ?? defaultName + (contentType.hasPrefix(xlsxType) ? ".xlsx" : ".csv")
        let acceptValid = RequestParameters.flag(request, "acceptValid")
        return TableUpload(bytes: Array(buffer: body), fileName: name, acceptValid: acceptValid)
    }
}
