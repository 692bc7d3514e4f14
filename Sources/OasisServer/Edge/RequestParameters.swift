import HTTPTypes
import Hummingbird
import OasisCore
import OasisServices

/// Reading route parameters and query values the same way in every controller: whole-number ids and
/// integers, JSON bodies, and one error naming the field and the choices when a value is not one of them.
enum RequestParameters {
    static func id(_ context: OasisRequestContext) throws(OasisError) -> Int64 {
        guard let id = context.parameters.get("id").flatMap(Int64.init) else {
            throw OasisError.invalid(code: "invalid_parameter", message: "The id must be a whole number.", details: [.init(field: "id", reason: "not a number")])
        }
        return id
    }

    static func integer(_ request: Request, _ name: String) throws(OasisError) -> Int? {
        guard let text = request.uri.queryParameters[Substring(name)] else { return nil }
        guard let value = DecimalText.integer(text) else {
            throw OasisError.invalid(code: "invalid_parameter", message: "\(name) must be a whole number.", details: [.init(field: name, reason: "\"\(text)\"")])
        }
        return value
    }

    /// The `offset` query parameter of a list, within `NumericDomain.pageOffset`.
    static func offset(_ request: Request) throws(OasisError) -> Int? {
        guard let offset = try integer(request, "offset") else { return nil }
        if let reason = NumericDomain.pageOffset.reason(offset) {
            throw OasisError.invalid(code: "invalid_parameter", message: "offset is out of range.", details: [.init(field: "offset", reason: reason)])
        }
        return offset
    }

    static func requireJSON(_ request: Request) throws(OasisError) {
        let contentType = request.headers[.contentType]?.lowercased() ?? ""
        let mediaType = contentType.split(separator: ";").first.map { String($0).trimmingASCIIWhitespace() } ?? ""
        guard mediaType == "application/json" || (mediaType.hasPrefix("application/") && mediaType.hasSuffix("+json")) else {
            throw OasisError(kind: .unsupportedMediaType, code: "unsupported_media_type",
                             message: "Send this request as application/json (or application/geo+json); got \(contentType.isEmpty ? "no content type" : "`\(contentType)`").")
        }
    }

    static func choiceError(_ field: String, _ value: String, _ choices: [String]) -> OasisError {
        OasisError.invalid(code: "invalid_parameter", message: "Unknown \(field).", details: [.init(field: field, reason: "\"\(value)\" is not one of \(choices.joined(separator: ", "))")])
    }
}
