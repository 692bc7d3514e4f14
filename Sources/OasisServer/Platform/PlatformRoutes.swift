import Hummingbird
import NIOCore
import OasisCore
import OasisServices
import OasisStore
import Prometheus

/// What the platform itself answers: liveness, readiness and metrics for operators, the regions (read by anyone,
/// imported by those who may write them) with their pages, and the audit log with its verification and page.
struct PlatformRoutes: RouteCollection {
    static let routes: [Route<Self>] = [
        Route(.get, "/healthz", .api, .anyone, Self.health),
        Route(.get, "/readyz", .api, .anyone, Self.ready),
        Route(.get, "/metrics", .api, .anyone, Self.metrics),
        Route(.get, "/api/v1/regions", .api, .anyone, Self.regions),
        Route(.get, "/api/v1/regions/:code", .api, .anyone, Self.region),
        Route(.get, "/api/v1/regions/:code/children", .api, .anyone, Self.regionChildren),
        Route(.post, "/api/v1/regions/import", .api, .permission(.writeRegions), Self.importRegions),
        Route(.get, "/api/v1/audit", .api, .permission(.readAudit), Self.audit),
        Route(.get, "/api/v1/audit/verify", .api, .permission(.readAudit), Self.verifyAudit),
        Route(.get, "/regions/:code", .web, .anyone, Self.regionPage),
        Route(.get, "/audit", .web, .permission(.readAudit), Self.auditPage),
    ]

    let store: Store
    let pages: WebPages
    /// The calendars in use, for /readyz's warning when the national calendar runs out.
    let calendars: CalendarBox
    let regionCache = RegionListCache()

    var catalogue: MessageCatalogue { pages.catalogue }

    func health(_ request: Request, _ context: OasisRequestContext) -> JSONBody<HealthDTO> {
        JSONBody(HealthDTO(status: "ok"))
    }

    func ready(_ request: Request, _ context: OasisRequestContext) async -> JSONBody<HealthDTO> {
        let kind = store.database.dialect.rawValue
        guard await store.isReady() else {
            return JSONBody(HealthDTO(status: "unavailable", store: kind), status: .serviceUnavailable)
        }
        // A calendar running out is a warning, not a failure: deadlines are still computed (weekends only).
        let warning = try? await calendars.current(store).coverageWarning(at: store.clock.now())
        return JSONBody(
            HealthDTO(
                status: "ready", store: kind, schemaVersion: Migrations.latestVersion,
                warnings: warning.map { [CalendarRoutes.warningText($0, catalogue: catalogue, language: Self.probeLanguage(request))] }))
    }

    /// The language of /readyz's warnings: English for monitoring tools unless the request asks for one (`?lang=`,
    /// then `Accept-Language`); the language cookie of a browser session is not consulted.
    static func probeLanguage(_ request: Request) -> Language {
        request.uri.queryParameters["lang"].flatMap { Language(tag: String($0)) }
            ?? Language.negotiate(acceptLanguage: request.headers[.acceptLanguage]) ?? .en
    }

    func metrics(_ request: Request, _ context: OasisRequestContext) -> Response {
        var bytes: [UInt8] = []
        MetricsRegistry.shared.emit(into: &bytes)
        return Response(
            status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
