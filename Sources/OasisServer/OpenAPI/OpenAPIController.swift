import OasisServices
import Hummingbird

/// Serves `/openapi.json`.
struct OpenAPIController {
    static let version = "0.1.0"

    func register(on router: Router<OasisRequestContext>) {
        let document = OpenAPIDocument.build(version: Self.version)
        router.get("/openapi.json") { _, _ in try JSONResponse.encode(document) }
    }
}
