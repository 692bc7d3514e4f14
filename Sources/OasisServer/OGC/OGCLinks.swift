import Hummingbird
import OasisCore
import OasisServices

/// Absolute links for OGC API responses, built from the public origin (see `PublicOrigin`), since clients such
/// as GDAL follow `next` links as given.
struct OGCLinks: Sendable {
    static let root = "/ogc"
    /// `scheme://host`, where `/openapi.json` lives.
    let origin: String
    /// The API's root, `origin` + `/ogc`.
    let base: String
    /// `base` escaped for a JSON string, once per request rather than once per link.
    private let escapedBase: String

    init(_ request: Request, _ context: OasisRequestContext) {
        origin = PublicOrigin.of(request, context)
        base = origin + Self.root
        var escaped = ""
        JSONText.appendEscaped(base, to: &escaped)
        escapedBase = escaped
    }

    func url(_ path: String) -> String { base + path }

    /// A link object as JSON text.
    func link(_ path: String, rel: String, type: String, title: String) -> String {
        var text = ""
        append(path, rel: rel, type: type, title: title, to: &text)
        return text
    }

    /// Appends a link object to JSON text being written.
    func append(_ path: String, rel: String, type: String, title: String, to output: inout String) {
        output += "{\"href\":\""
        output += escapedBase
        JSONText.appendEscaped(path, to: &output)
        output += "\",\"rel\":\""
        output += rel
        output += "\",\"type\":\""
        output += type
        output += "\",\"title\":\""
        JSONText.appendEscaped(title, to: &output)
        output += "\"}"
    }
}
