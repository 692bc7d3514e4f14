import HTTPTypes

/// Every route of the server, read from the features' route tables, and the path lists derived from them: which
/// paths are pages of the web shell, which always answer JSON, which `/openapi.json` describes, which answers are
/// never cached, and which a user who must still replace a one-time password may call.
public enum RouteCatalogue {
    /// Every route table, feature by feature.
    public static let all: [RouteDescription] =
        PlatformRoutes.descriptions + OpenAPIRoutes.descriptions + IdentityRoutes.descriptions
        + EvaluationRoutes.descriptions + PromotionRoutes.descriptions + HotlineRoutes.descriptions + LivingCircleRoutes.descriptions
        + OGCRoutes.descriptions + WebShellRoutes.descriptions + CalendarRoutes.descriptions + LifelineRoutes.descriptions
        + ImportRoutes.descriptions + GridRoutes.descriptions + AnalysisJobRoutes.descriptions

    /// The web shell's areas: pages, their forms and files (and the error pages of paths near them).
    static let webAreas = RoutePaths.areas(all.filter(\.isWebShell))

    /// The API's areas: these paths answer JSON whatever the client accepts.
    static let apiAreas = RoutePaths.areas(all.filter { $0.kind == .api })

    /// The paths whose answers may carry personal data even for nobody signed in.
    static let personalPaths = RoutePaths.matching(all.filter(\.personal))

    /// The requests ("METHOD /path") a user who signed in with a one-time password may still make.
    static let passwordChangeRequests = Set(all.filter(\.allowsPasswordChange).map { "\($0.method) \($0.path)" })

    /// Whether a request path belongs to the web shell (and gets HTML errors).
    public static func isWebPath(_ path: String) -> Bool { webAreas.contains(path) }

    /// Whether a request path belongs to the API, whose answers (errors too) are always JSON.
    static func isAPIPath(_ path: String) -> Bool { apiAreas.contains(path) }

    /// Whether a route (OpenAPI path syntax) needs a signed-in user or token, as `/openapi.json` says of it.
    static func requiresSignIn(_ method: HTTPRequest.Method, _ openAPIPath: String) -> Bool {
        all.contains { $0.method == method && $0.openAPIPath == openAPIPath && $0.access != .anyone }
    }

    /// Whether a route (OpenAPI path syntax) is one `/openapi.json` must describe.
    public static func isDocumented(_ openAPIPath: String) -> Bool {
        all.contains { $0.isDocumented && $0.openAPIPath == openAPIPath }
    }
}
