import OasisServices
import Hummingbird
import NIOCore
import OasisStore
import Prometheus

/// Liveness, readiness and metrics for operators and load balancers.
struct HealthController {
    struct Health: Codable {
        var status: String
        var store: String?
        var schemaVersion: Int?
    }

    let store: Store

    func register(on router: Router<OasisRequestContext>) {
        router.get("/healthz") { _, _ in try JSONResponse.encode(Health(status: "ok")) }
        router.get("/readyz") { _, _ in
            let kind = store.database.dialect.rawValue
            guard await store.isReady() else {
                return try JSONResponse.encode(Health(status: "unavailable", store: kind), status: .serviceUnavailable)
            }
            return try JSONResponse.encode(Health(status: "ready", store: kind, schemaVersion: Migrations.latestVersion))
        }
        router.get("/metrics") { _, _ in
            var bytes: [UInt8] = []
            MetricsRegistry.shared.emit(into: &bytes)
            return Response(
                status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(bytes: bytes))
            )
        }
    }
}
