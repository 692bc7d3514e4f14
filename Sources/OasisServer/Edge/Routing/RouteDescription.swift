import HTTPTypes

/// One row of a route table without its handler: what the edge, the error responder, the password-change
/// gate and the tests read.
public struct RouteDescription: Sendable, Hashable {
    public var method: HTTPRequest.Method
    /// The router's path syntax: `/api/v1/regions/:code` or `/ogc/collections/{collectionId}`.
    public var path: String
    public var kind: RouteKind
    public var access: RouteAccess
    /// Whether a user who signed in with a one-time password may call it before choosing a new one.
    var allowsPasswordChange: Bool
    /// Whether its answers may carry personal data (reporters' details) even for nobody signed in: never cached.
    var personal: Bool

    /// The path's segments, a parameter written `:name` whichever syntax the table used.
    var segments: [String] {
        path.split(separator: "/").map { segment in
            segment.hasPrefix("{") && segment.hasSuffix("}") ? ":" + segment.dropFirst().dropLast() : String(segment)
        }
    }

    /// The path in OpenAPI syntax: `/api/v1/regions/{code}`.
    public var openAPIPath: String {
        "/" + segments.map { $0.hasPrefix(":") ? "{\($0.dropFirst())}" : $0 }.joined(separator: "/")
    }

    /// Whether `/openapi.json` must describe the route.
    public var isDocumented: Bool { kind.isDocumented }

    /// Whether the route is a page of the web shell (or one of its forms or files).
    public var isWebShell: Bool { kind.isWebShell }
}
