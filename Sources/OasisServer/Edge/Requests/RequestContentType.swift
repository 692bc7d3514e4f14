import HTTPTypes
import Hummingbird
import OasisCore
import OasisServices

/// The request's `Content-Type`, read one way for every route, and the one 415 a route gives when the type is not
/// one it takes.
struct RequestContentType {
    /// The header, lower-cased; empty when there is none.
    let value: String

    init(_ request: Request) {
        value = request.headers[.contentType]?.lowercased() ?? ""
    }

    /// The media type without parameters: `application/json` of `application/json; charset=utf-8`.
    var mediaType: String {
        value.split(separator: ";").first.map { String($0).trimmingASCIIWhitespace() } ?? ""
    }

    /// How the error names what came: "`text/plain`" or "no content type".
    var named: String { value.isEmpty ? "no content type" : "`\(value)`" }

    func hasPrefix(_ prefixes: String...) -> Bool { prefixes.contains(where: value.hasPrefix) }

    /// Throws 415 with `message` unless `accepted`.
    func require(_ accepted: Bool, _ message: @autoclosure () -> String) throws(OasisError) {
        guard accepted else { throw OasisError(kind: .unsupportedMediaType, code: "unsupported_media_type", message: message()) }
    }
}
