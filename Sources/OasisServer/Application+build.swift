import Hummingbird
import Logging
import OasisCore
import OasisServices
import OasisStore
import ServiceLifecycle

/// The one composition root: the server and the tests build the application here.
public enum OasisApplication {
    /// The router with every middleware and controller, for a store that is already migrated.
    public static func buildRouter(store: Store, configuration: ServerConfiguration, clock: any OasisClock = SystemClock()) -> Router<OasisRequestContext> {
        _ = MetricsRegistry.shared
        let pages = PageRenderer()
        let identity = IdentityService(store: store, hasher: PasswordHasher(cost: configuration.bcryptCost), tokenLifetimeDays: configuration.tokenLifetimeDays)
        let router = Router(context: OasisRequestContext.self)
        router.add(middleware: EdgeMiddleware(
            resolver: RequestContextResolver(store: store, configuration: configuration), errors: ErrorResponder(pages: pages)
        ))
        HealthController(store: store).register(on: router)
        OpenAPIController().register(on: router)
        RegionController(store: store).register(on: router)
        UserController(identity: identity).register(on: router)
        let apiKeys = APIKeyCache(store: store)
        UserLifecycleController(identity: identity, apiKeys: apiKeys).register(on: router)
        AuditController(store: store).register(on: router)
        EvaluationController(evaluation: EvaluationService(store: store)).register(on: router)
        let promotion = PromotionService(store: store, citationRule: configuration.renewalCitation)
        PromotionController(promotion: promotion).register(on: router)
        let cases = CaseService(store: store, taxonomy: configuration.caseTaxonomy ?? .builtIn)
        CaseController(cases: cases).register(on: router)
        let intakeLimiter = RateLimiter(perMinute: configuration.intakePostsPerMinute)
        Open311Controller(cases: cases, jurisdictions: Open311Jurisdictions(), keys: apiKeys, limiter: intakeLimiter).register(on: router)
        LayerController(layers: SpatialLayerService(store: store)).register(on: router)
        OGCFeaturesController(store: store).register(on: router)
        let web = WebController(
            identity: identity, pages: pages, configuration: configuration,
            throttle: LoginThrottle(freeFailures: configuration.loginFailuresBeforeThrottle, clock: clock)
        )
        web.register(on: router)
        UserWebController(web: web, apiKeys: apiKeys).register(on: router)
        EvaluationWebController(web: web, evaluation: EvaluationService(store: store)).register(on: router)
        PromotionWebController(web: web, promotion: promotion).register(on: router)
        HotlineWebController(web: web, cases: cases, limiter: intakeLimiter).register(on: router)
        LivingCircleWebController(web: web).register(on: router)
        return router
    }

    /// The HTTP application listening on the configured address.
    public static func build(
        store: Store, configuration: ServerConfiguration, logger: Logger, services: [any Service] = [],
        onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        Application(
            router: buildRouter(store: store, configuration: configuration, clock: store.clock),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "Oasis"),
            services: services,
            onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? configuration.port) },
            logger: logger
        )
    }
}

extension OasisApplication {
    /// Whether a route (OpenAPI path syntax) is a machine route that `/openapi.json` must describe,
    /// rather than a page of the web shell.
    public static func isJSONRoute(_ path: String) -> Bool {
        !WebController.isWebPath(path)
    }
}
