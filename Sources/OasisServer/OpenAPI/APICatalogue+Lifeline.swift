import HTTPTypes
import OasisCore

/// The lifeline module's routes: registry, ingest, series and alerts.
extension APICatalogue {
    /// A lifeline route's answers with the refusals every one of them can give (400, 401, 403).
    static func answers(_ specific: [Int: String?]) -> [Int: String?] {
        specific.merging([400: "Error", 401: "Error", 403: "Error"]) { first, _ in first }
    }

    static let lifeline: [APIOperation] =
        [
            APIOperation(
                method: .get, path: "/api/v1/lifeline/assets", operationID: "listLifelineAssets",
                summary:
                    "Lifeline assets (gas mains, water mains, drainage, heating pipes, bridges, utility tunnels, manholes …) inside the caller's scope.",
                tag: "lifeline",
                parameters: [
                    .queryParameter("region", "division code: only assets of this region and below"),
                    .queryParameter("kind", "gas_main, gas_adjacent_space, water_main, drainage, heating_pipe, bridge, utility_tunnel or manhole"),
                ],
                responses: answers([200: "LifelineAssetList"])),
            APIOperation(
                method: .put, path: "/api/v1/lifeline/assets", operationID: "importLifelineAssets",
                summary:
                    "Import assets from a GeoJSON FeatureCollection of Points and LineStrings (properties code, name, kind, ownerUnit, region); known codes are replaced; all or nothing; lengths computed from the geometry.",
                tag: "lifeline",
                parameters: [
                    .queryParameter("crs", "the file's coordinate system when it has no crs member: EPSG:4326, EPSG:4490, EPSG:3857 or gcj02"),
                    .queryParameter("region", "division code of assets naming none"),
                ],
                requestBody: .json(schema: "GeoJSON"),
                responses: answers([200: "LifelineImportSummary", 413: "Error"])),
            APIOperation(
                method: .get, path: "/api/v1/lifeline/sensors", operationID: "listLifelineSensors",
                summary: "Sensors with their unit of measure, asset and alert rules, inside the caller's scope.", tag: "lifeline",
                parameters: [.queryParameter("asset", "only the sensors of this asset"), .queryParameter("region", "division code")],
                responses: answers([200: "LifelineSensorList"])),
            APIOperation(
                method: .put, path: "/api/v1/lifeline/sensors", operationID: "importLifelineSensors",
                summary:
                    "Import sensors from CSV or XLSX (code,quantity,unit,asset,rules or their Chinese names, with rules a JSON array; the template is /api/v1/imports/templates/lifeline-sensors.xlsx) or JSON ({\"items\": [sensor…]}); known codes are replaced; all or nothing.",
                tag: "lifeline", requestBody: .csv,
                responses: answers([200: "LifelineImportSummary", 413: "Error"])),
            APIOperation(
                method: .get, path: "/api/v1/lifeline/sensors/{sensor}/series", operationID: "lifelineSeries",
                summary:
                    "A sensor's series over [from, to) (the last hour by default), read by the span: up to 6 hours its readings and 1-minute rollups (min, max, mean, count; resolution raw), up to 3 days the 1-minute rollups (minute), beyond the 1-hour rollups (hour), which outlive the raw readings' retention.",
                tag: "lifeline",
                parameters: [
                    .pathParameter("sensor", "the sensor's code"), .queryParameter("from", "ISO-8601 instant"),
                    .queryParameter("to", "ISO-8601 instant"),
                ],
                responses: answers([200: "LifelineSeries", 404: "Error"])),
            APIOperation(
                method: .post, path: "/api/v1/lifeline/readings", operationID: "postLifelineReadings",
                summary:
                    "A batch of readings ({\"readings\": [{\"sensor\", \"time\", \"value\"}]}) stored and run through the sensors' rules in one transaction; a repeated (sensor, time) is ignored; an unknown sensor, a non-finite value or a time over 5 minutes ahead is refused naming readings[i] and the field, and nothing is stored.",
                tag: "lifeline", requestBody: .json(schema: "LifelineReadingBatch"),
                responses: answers([200: "LifelineIngestSummary", 413: "Error"])),
            APIOperation(
                method: .post, path: "/api/v1/lifeline/write", operationID: "writeLifelineLineProtocol",
                summary:
                    "Readings in the InfluxDB line protocol (Telegraf's output): the sensor is the tag sensor=CODE (or the measurement), the reading the field value (or the only field); problems name the line.",
                tag: "lifeline", parameters: [.queryParameter("precision", "ns (default), us, ms or s")],
                requestBody: .text(contentType: "text/plain"),
                responses: answers([200: "LifelineIngestSummary", 413: "Error"])),
            APIOperation(
                method: .get, path: "/api/v1/lifeline/alerts", operationID: "listLifelineAlerts",
                summary: "Alerts inside the caller's scope, newest first.", tag: "lifeline",
                parameters: [
                    .queryParameter("status", "comma-separated: open, acknowledged, dispatched, resolved, closed"),
                    .queryParameter("region", "division code"), .queryParameter("sensor", "a sensor's code"),
                    .queryParameter("limit", "at most this many (default 200)", type: "integer"),
                    .queryParameter("offset", "alerts to skip", type: "integer"),
                ],
                responses: answers([200: "LifelineAlertList"])),
            APIOperation(
                method: .get, path: "/api/v1/lifeline/events", operationID: "streamLifelineEvents",
                summary:
                    "Server-sent events (text/event-stream), one per alert change this server makes, kept to the caller's scope: id, event (opened, level, cleared, acknowledged, dispatched, resolved, closed, escalated) and data, the LifelineEvent JSON; a keep-alive comment every 15 s. Last-Event-ID (or lastEventId) replays the later events of the last 1,000; an id no longer held gets one reset event (reload the alert list). A client a full buffer behind is disconnected and should reconnect with its last id. Events of other servers on the same database are not seen.",
                tag: "lifeline", parameters: [.queryParameter("lastEventId", "the last event id seen, when the Last-Event-ID header cannot be sent")],
                responses: [200: nil, 401: "Error", 403: "Error"], responseContentType: "text/event-stream"),
            APIOperation(
                method: .get, path: "/api/v1/lifeline/alerts/{id}", operationID: "getLifelineAlert", summary: "One alert.", tag: "lifeline",
                parameters: [.pathParameter("id", "alert id")], responses: answers([200: "LifelineAlert", 404: "Error"])),
        ]
        + LifelineAlertStep.allCases.map { step in
            APIOperation(
                method: .post, path: "/api/v1/lifeline/alerts/{id}/\(step.rawValue)", operationID: "\(step.rawValue)LifelineAlert",
                summary: step.summary, tag: "lifeline", parameters: [.pathParameter("id", "alert id")],
                responses: answers([200: "LifelineAlert", 404: "Error", 409: "Error"]))
        }
}

extension LifelineAlertStep {
    /// What `/openapi.json` says of the step.
    var summary: String {
        switch self {
        case .acknowledge: "Acknowledge an open alert (stops its escalation)."
        case .dispatch:
            "Dispatch an open or acknowledged alert: a case of the hotline loop is filed for the asset's owner unit with the category lifeline_case_category and a deadline of lifeline_case_deadline_minutes."
        case .resolve: "Mark an acknowledged or dispatched alert resolved."
        case .close: "Close a resolved alert; the rule's next trip opens a new one."
        }
    }
}
