/// The response formats of GeoReport v2, chosen by the resource's extension (`/services.xml`, `/services.json`).
public enum Open311Format: String, Sendable, CaseIterable {
    case xml
    case json

    /// The `Content-Type` header for responses in this format.
    public var contentType: String {
        switch self {
        case .xml: "text/xml; charset=utf-8"
        case .json: "application/json; charset=utf-8"
        }
    }

    /// The MIME type listed in the discovery document's `formats`.
    public var mimeType: String {
        switch self {
        case .xml: "text/xml"
        case .json: "application/json"
        }
    }

    /// The format named by a path's extension (`requests.json` → `.json`); nil when it names none we serve.
    public init?(pathExtension: String) {
        self.init(rawValue: pathExtension.lowercased())
    }
}
