import HTTPTypes
import OasisCore

/// Grid management (网格化管理): the grids, their workers, patrol events and the figures per grid.
extension APICatalogue {
    static let grids: [APIOperation] = [
        APIOperation(
            method: .get, path: "/api/v1/grids", operationID: "listGrids", summary: "Every grid with its code, name, region and area (WGS-84).",
            tag: "grids", responses: answers([200: "GridList"])),
        APIOperation(
            method: .put, path: "/api/v1/grids", operationID: "importGrids",
            summary:
                "Import grids from a GeoJSON FeatureCollection of Polygon/MultiPolygon features with the properties code (required, unique), name and region (a division code); grids of known codes are replaced, their workers kept. Every ring closed and simple (a self-intersecting ring is refused naming the feature and the edges that cross); all or nothing (400 grid_file_invalid naming $.features[i] and the field); audited; intake uses the new grids at once.",
            tag: "grids",
            parameters: [.queryParameter("crs", "the coordinates' system: EPSG:4326 (default), EPSG:4490, EPSG:3857 or gcj02")],
            requestBody: .json(schema: "GeoJSON"), responses: answers([200: "GridImportSummary", 413: "Error", 415: "Error"])),
        APIOperation(
            method: .get, path: "/api/v1/grids/metrics", operationID: "gridMetrics",
            summary:
                "Per grid, over the caller's cases: found on patrol (channel patrol), reported by citizens (every other channel), closed and closed on time (merged duplicates and \"not responsible\" closures are no closures).",
            tag: "grids", responses: answers([200: "GridMetricsList"])),
        APIOperation(
            method: .get, path: "/api/v1/grids/{grid}/workers", operationID: "listGridWorkers", summary: "The users assigned to patrol a grid.",
            tag: "grids", parameters: [.pathParameter("grid", "the grid's code")], responses: answers([200: "GridWorkerList"])),
        APIOperation(
            method: .put, path: "/api/v1/grids/{grid}/workers/{username}", operationID: "assignGridWorker",
            summary: "Assign a user to patrol a grid (audited; again changes nothing). 404 for an unknown grid or user.", tag: "grids",
            parameters: [.pathParameter("grid", "the grid's code"), .pathParameter("username", "the user's name")],
            responses: answers([200: "GridWorker", 404: "Error"])),
        APIOperation(
            method: .delete, path: "/api/v1/grids/{grid}/workers/{username}", operationID: "unassignGridWorker",
            summary: "End a user's assignment to a grid (audited). 404 when there is none.", tag: "grids",
            parameters: [.pathParameter("grid", "the grid's code"), .pathParameter("username", "the user's name")],
            responses: answers([204: nil, 404: "Error"])),
        APIOperation(
            method: .post, path: "/api/v1/patrol-events", operationID: "submitPatrolEvent",
            summary:
                "A grid worker enters an event found on patrol: a case with the channel patrol, in the same loop as every case (routed, deadlines). Its location must lie in one of the worker's grids (400 patrol_outside_grid naming location); 403 for a user assigned to no grid. Photos as attachments.",
            tag: "grids", requestBody: .json(schema: "CaseInput"), responses: answers([201: "Case", 413: "Error", 415: "Error"])),
    ]
}
