/// What a route answers with, which decides where it is described: JSON (and the few plain-text or file
/// answers of the API), Open311 and OGC documents are in `/openapi.json`; pages and their forms, and the
/// static files of the web shell, are not.
public enum RouteKind: String, Sendable, Hashable, CaseIterable {
    case api
    case web
    case open311
    case ogc
    case `static`

    /// Whether `/openapi.json` describes routes of this kind.
    public var isDocumented: Bool {
        switch self {
        case .api, .open311, .ogc: true
        case .web, .static: false
        }
    }

    /// Whether routes of this kind belong to the web shell (HTML pages, their forms and files).
    public var isWebShell: Bool { !isDocumented }
}
