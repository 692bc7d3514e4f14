import HTTPTypes
import Hummingbird
import OasisCore
import OasisServices

/// Reading route parameters and query values the same way in every controller: whole-number ids and
/// integers, JSON bodies, and one error naming the field and the choices when a value is not one of them.
enum RequestParameters {
    static func id(_ context: OasisRequestContext) throws(OasisError) -> Int64 {
        guard let id = context.parameters.get("id").flatMap(Int64.init) else {
            throw OasisError.invalid(
                code: "invalid_parameter", message: "The id must be a whole number.", details: [.init(field: "id", reason: "not a number")])
        }
        return id
    }

    static func tokenID(_ context: OasisRequestContext) throws(OasisError) -> Int64 {
        guard let id = context.parameters.get("tokenId").flatMap(Int64.init) else {
            throw OasisError.invalid(
                code: "invalid_parameter", message: "The token id must be a whole number.",
                details: [.init(field: "tokenId", reason: "not a number")])
        }
        return id
    }

    static func integer(_ request: Request, _ name: String) throws(OasisError) -> Int? {
        guard let text = request.uri.queryParameters[Substring(name)] else { return nil }
        guard let value = DecimalText.integer(text) else {
            throw OasisError.invalid(
                code: "invalid_parameter", message: "\(name) must be a whole number.", details: [.init(field: name, reason: "\"\(text)\"")])
        }
        return value
    }

    /// The `limit` query parameter of a list: 1–1000.
    static func limit(_ request: Request) throws(OasisError) -> Int? {
        guard let limit = try integer(request, "limit") else { return nil }
        guard (1...1_000).contains(limit) else {
            throw OasisError.invalid(
                code: "invalid_parameter", message: "limit must be 1–1000.", details: [.init(field: "limit", reason: "\(limit)")])
        }
        return limit
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
        let contentType = RequestContentType(request)
        let mediaType = contentType.mediaType
        try contentType.require(
            mediaType == "application/json" || (mediaType.hasPrefix("application/") && mediaType.hasSuffix("+json")),
            "Send this request as application/json (or application/geo+json); got \(contentType.named).")
    }

    /// A yes-or-no query parameter: `1`, `true` or `yes` (any case) is yes; anything else, or none, is no.
    static func flag(_ request: Request, _ name: String) -> Bool {
        ["1", "true", "yes"].contains(request.uri.queryParameters[Substring(name)].map { $0.lowercased() } ?? "")
    }

    /// A query parameter as text, when given.
    static func text(_ request: Request, _ name: String) -> String? {
        request.uri.queryParameters[Substring(name)].map(String.init)
    }

    /// A region code from a path or query value; a bad code is a 400 naming `field`.
    static func regionCode(_ text: String, field: String) throws(OasisError) -> RegionCode {
        do {
            return try RegionCode(text)
        } catch {
            throw OasisError.invalid(code: "invalid_parameter", message: error.message, details: [.init(field: field, reason: error.message)])
        }
    }

    /// The optional `region` query parameter as a checked code.
    static func region(_ request: Request) throws(OasisError) -> String? {
        guard let text = text(request, "region") else { return nil }
        return try regionCode(text, field: "region").rawValue
    }

    /// A path parameter's region code (`:code`, `:region`).
    static func pathRegion(_ context: OasisRequestContext, _ name: String = "code") throws(OasisError) -> RegionCode {
        try regionCode(context.parameters.get(name) ?? "", field: name)
    }

    /// An optional query parameter that must be one of a type's raw values; another value is a 400 listing them.
    static func choice<Choice: RawRepresentable & CaseIterable>(_ request: Request, _ name: String, _: Choice.Type)
        throws(OasisError) -> Choice? where Choice.RawValue == String
    {
        guard let text = text(request, name) else { return nil }
        guard let value = Choice(rawValue: text) else { throw choiceError(name, text, Choice.allCases.map(\.rawValue)) }
        return value
    }

    static func choiceError(_ field: String, _ value: String, _ choices: [String]) -> OasisError {
        OasisError.invalid(
            code: "invalid_parameter", message: "Unknown \(field).",
            details: [.init(field: field, reason: "\"\(value)\" is not one of \(choices.joined(separator: ", "))")])
    }
}
