import OasisCore
import OasisImport

/// XLSX support arrives with the XLSX reader; until then an XLSX upload is refused with a clear message.
enum XLSXTabularData {
    static func read(_ bytes: [UInt8]) throws -> TabularData {
        throw OasisError(kind: .unsupportedMediaType, code: "xlsx_unavailable", message: "XLSX import is not available in this build; save the sheet as CSV UTF-8.")
    }
}
