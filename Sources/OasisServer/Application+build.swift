import Hummingbird
import Logging
import OasisCore
import OasisCredentials
import OasisServices
import OasisStore
import ServiceLifecycle

/// The one composition root: the server and the tests build the application here.
public enum OasisApplication {
    /// The router with every middleware and controller, for a store that is already migrated.
    public static func buildRouter(store: Store, configuration: ServerConfiguration, clock: any OasisClock = SystemClock()) -> Router<
        OasisRequestContext
    > {
        assemble(store: store, configuration: configuration, clock: clock, logger: Logger(label: "oasis")).router
    }

    /// The router, the watcher that keeps its in-memory shared data (calendars, taxonomy) in step with other
    /// servers on the same database, and the lifeline service the routes ingest through (an MQTT subscriber shares it).
    static func assemble(store: Store, configuration: ServerConfiguration, clock: any OasisClock, logger: Logger) -> (
        router: Router<OasisRequestContext>, watcher: SharedDataWatcher, lifeline: LifelineService, analyses: AnalysisJobRunner
    ) {
        _ = MetricsRegistry.shared
        let renderer = PageRenderer()
        let pages = WebPages(renderer: renderer, cookiesAreSecure: configuration.cookiesAreSecure)
        let identity = IdentityService(
            store: store, hasher: PasswordHasher(cost: configuration.bcryptCost), tokenLifetimeDays: configuration.tokenLifetimeDays,
            passwordHistory: configuration.passwordHistory)
        let router = Router(context: OasisRequestContext.self)
        router.add(
            middleware: EdgeMiddleware(
                resolver: RequestContextResolver(store: store, configuration: configuration), errors: ErrorResponder(pages: renderer)
            ))
        let apiKeys = APIKeyCache(store: store)
        let calendars = CalendarBox()
        let cases = CaseService(store: store, taxonomy: configuration.caseTaxonomy ?? .builtIn, calendars: calendars)
        // Citizen submissions, from Open311 and the web form alike.
        let intakeLimiter = RateLimiter(perMinute: configuration.intakePostsPerMinute)
        let throttle = LoginThrottle(freeFailures: configuration.loginFailuresBeforeThrottle, clock: clock)
        PlatformRoutes(store: store, pages: pages, calendars: calendars).register(on: router)
        OpenAPIRoutes().register(on: router)
        IdentityRoutes(identity: identity, apiKeys: apiKeys, pages: pages).register(on: router)
        EvaluationRoutes(evaluation: EvaluationService(store: store), pages: pages).register(on: router)
        PromotionRoutes(promotion: PromotionService(store: store, citationRule: configuration.renewalCitation), pages: pages).register(on: router)
        GridRoutes(grids: GridService(cases: cases), pages: pages).register(on: router)
        let photos = CasePhotos(store: store, folder: configuration.photoFolder, maxBytes: configuration.casePhotoMaxBytes)
        HotlineRoutes(cases: cases, jurisdictions: Open311Jurisdictions(), keys: apiKeys, limiter: intakeLimiter, pages: pages, photos: photos)
            .register(on: router)
        let analyses = AnalysisJobRunner(
            store: store, folder: configuration.networkFolder, standards: configuration.accessStandards, logger: logger)
        let jobs = AnalysisJobQueue(runner: analyses, maxNetworkBytes: configuration.analysisNetworkMaxBytes)
        LivingCircleRoutes(layers: SpatialLayerService(store: store), pages: pages, jobs: jobs).register(on: router)
        AnalysisJobRoutes(queue: jobs).register(on: router)
        OGCRoutes(store: store).register(on: router)
        CalendarRoutes(calendars: CalendarService(store: store, box: calendars), pages: pages).register(on: router)
        // One lifeline service for the routes and the clock beside them: one rules' state, one live stream.
        let lifeline = LifelineService(store: store, cases: cases)
        LifelineRoutes(lifeline: lifeline, pages: pages).register(on: router)
        ImportRoutes(workbooks: ImportWorkbooks(store: store, catalogue: pages.catalogue, taxonomy: cases.taxonomy)).register(on: router)
        WebShellRoutes(identity: identity, pages: pages, configuration: configuration, throttle: throttle).register(on: router)
        return (
            router, SharedDataWatcher(store: store, calendars: calendars, taxonomy: cases.box, grids: cases.grids, logger: logger), lifeline, analyses
        )
    }

    /// The HTTP application listening on the configured address, with the lifeline module's clock (escalation, the
    /// silence rules, retention) beside it, and its MQTT subscriber when a broker is configured.
    public static func build(
        store: Store, configuration: ServerConfiguration, logger: Logger, services: [any Service] = [],
        onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        let parts = assemble(store: store, configuration: configuration, clock: store.clock, logger: logger)
        return Application(
            router: parts.router,
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "Oasis"),
            services: services + [
                parts.watcher, LifelineEscalator(lifeline: parts.lifeline, logger: logger),
                AnalysisJobResumer(runner: parts.analyses, logger: logger),
            ]
                + (configuration.lifelineMQTT.map { [LifelineMQTTSubscriber(lifeline: parts.lifeline, configuration: $0, logger: logger)] } ?? []),
            onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? configuration.port) },
            logger: logger
        )
    }
}

extension OasisApplication {
    /// Whether a route (OpenAPI path syntax) is a machine route that `/openapi.json` must describe,
    /// rather than a page of the web shell.
    public static func isJSONRoute(_ path: String) -> Bool {
        RouteCatalogue.isDocumented(path)
    }
}
