import Hummingbird
import OasisServices

/// Serves `/openapi.json`, built once.
struct OpenAPIRoutes: RouteCollection {
    static let routes: [Route<Self>] = [
        Route(.get, "/openapi.json", .api, .anyone, Self.document)
    ]

    static let version = "0.1.0"

    let built = OpenAPIDocument.build(version: Self.version)

    func document(_ request: Request, _ context: OasisRequestContext) -> JSONBody<JSONValue> {
        JSONBody(built)
    }
}
