import Hummingbird
import OasisCore

/// Absolute links for OGC API responses, built from the request's host (or the proxy's `X-Forwarded-Host` and
/// `X-Forwarded-Proto`), since clients such as GDAL follow `next` links as given.
struct OGCLinks: Sendable {
    static let root = "/ogc"
    /// `scheme://host`, where `/openapi.json` lives.
    let origin: String
    /// The API's root, `origin` + `/ogc`.
    let base: String

    init(_ request: Request) {
        let host = request.headers[values: .init("X-Forwarded-Host")!].first ?? request.head.authority ?? "127.0.0.1"
        let scheme = request.headers[values: .init("X-Forwarded-Proto")!].first ?? "http"
        origin = "\(scheme)://\(host)"
        base = origin + Self.root
    }

    func url(_ path: String) -> String { base + path }

    /// A link object as JSON text.
    func link(_ path: String, rel: String, type: String, title: String) -> String {
        var text = "{\"href\":"
        JSONText.appendString(url(path), to: &text)
        text += ",\"rel\":\"\(rel)\",\"type\":\"\(type)\",\"title\":"
        JSONText.appendString(title, to: &text)
        return text + "}"
    }
}
