import Hummingbird
import OasisCore
import OasisServices
import OasisStore

/// Lifeline safety over the JSON API: the registry (assets imported as GeoJSON, sensors as CSV or JSON), ingest of
/// readings (JSON batches and the InfluxDB line protocol), a sensor's series, and the alerts with their lifecycle;
/// and the lifeline page (the alert queue with its steps, the assets).
struct LifelineRoutes: RouteCollection {
    static let routes: [Route<Self>] = [
        Route(.get, "/api/v1/lifeline/assets", .api, .permission(.readLayers), Self.listAssets),
        Route(.put, "/api/v1/lifeline/assets", .api, .permission(.writeLayers), Self.importAssets),
        Route(.get, "/api/v1/lifeline/sensors", .api, .permission(.readLayers), Self.listSensors),
        Route(.put, "/api/v1/lifeline/sensors", .api, .permission(.writeLayers), Self.importSensors),
        Route(.get, "/api/v1/lifeline/sensors/:sensor/series", .api, .permission(.readLayers), Self.series),
        Route(.post, "/api/v1/lifeline/readings", .api, .permission(.writeLayers), Self.postReadings),
        Route(.post, "/api/v1/lifeline/write", .api, .permission(.writeLayers), Self.writeLineProtocol),
        Route(.get, "/api/v1/lifeline/alerts", .api, .permission(.readCases), Self.listAlerts),
        Route(.get, "/api/v1/lifeline/events", .api, .permission(.readCases), Self.events),
        Route(.get, "/api/v1/lifeline/alerts/:id", .api, .permission(.readCases), Self.alert),
        Route(.post, "/api/v1/lifeline/alerts/:id/acknowledge", .api, .permission(.dispatchCases), Self.acknowledge),
        Route(.post, "/api/v1/lifeline/alerts/:id/dispatch", .api, .permission(.dispatchCases), Self.dispatch),
        Route(.post, "/api/v1/lifeline/alerts/:id/resolve", .api, .permission(.dispatchCases), Self.resolve),
        Route(.post, "/api/v1/lifeline/alerts/:id/close", .api, .permission(.dispatchCases), Self.close),
        Route(.get, "/api/v1/lifeline/hazards", .api, .permission(.readLayers), Self.listHazards),
        Route(.put, "/api/v1/lifeline/hazards", .api, .permission(.writeLayers), Self.importHazards),
        Route(.get, "/api/v1/lifeline/hazards/:hazard", .api, .permission(.readLayers), Self.hazard),
        Route(.put, "/api/v1/lifeline/hazards/:hazard", .api, .permission(.writeLayers), Self.putHazard),
        Route(.delete, "/api/v1/lifeline/hazards/:hazard", .api, .permission(.writeLayers), Self.deleteHazard),
        Route(.get, "/api/v1/lifeline/hazard-regions", .api, .permission(.readLayers), Self.hazardRegions),
        Route(.get, "/lifeline", .web, .signedIn, Self.page),
        Route(.get, "/lifeline/hazards", .web, .permission(.readLayers), Self.hazardsPage),
        Route(.get, "/lifeline/sensors/:sensor", .web, .permission(.readLayers), Self.sensorPage),
        Route(.post, "/lifeline/alerts/:id/step", .web, .permission(.dispatchCases), Self.stepForm),
        Route(.get, "/static/lifeline.js", .static, .anyone, Self.script),
    ]

    let lifeline: LifelineService
    let pages: WebPages

    var store: Store { lifeline.store }
    var catalogue: MessageCatalogue { pages.catalogue }
}
