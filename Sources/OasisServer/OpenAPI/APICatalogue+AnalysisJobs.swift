import HTTPTypes

/// The routes of analyses run from the web as background jobs.
extension APICatalogue {
    static let analysisJobs: [APIOperation] = [
        APIOperation(
            method: .post, path: "/api/v1/analysis-jobs", operationID: "startAnalysisJob",
            summary:
                "Upload the city's OSM extract (the body, streamed to the analysis folder; at most analysisNetworkMaxBytes) and run the living-circle (access) and shelter analyses on the region's layers in the background, recording their figures as `oasis analyse … --record` does, as the caller. Needs write_indicators and write_layers. 202 with the queued job; 409 analysis_job_running while a job runs for the same region, one above it or one below it.",
            tag: "living-circles",
            parameters: [
                .queryParameter("region", "division code whose layers the analyses read (required)"),
                .queryParameter("period", "the year the figures are for (required)", type: "integer"),
                .queryParameter(
                    "analyses",
                    "comma-separated: access, shelters, isochrones (each shelter's walking service area), communities (the complete-community checklist of the communities layer); default all four"
                ),
                .queryParameter(
                    "fileName", "the OSM file's name, which says its format: .osm.pbf, .osm, .osm.bz2 or .osm.gz (default network.osm.pbf)"),
            ],
            requestBody: .text(contentType: "application/octet-stream"),
            responses: answers([202: "AnalysisJob", 404: "Error", 409: "Error", 413: "Error"])),
        APIOperation(
            method: .get, path: "/api/v1/analysis-jobs", operationID: "listAnalysisJobs",
            summary: "The background analyses of a region in the caller's scope and of the regions below it, newest first.", tag: "living-circles",
            parameters: [
                .queryParameter("region", "division code (default: the caller's first scope region)"),
                .queryParameter("limit", "at most this many (default 20)", type: "integer"),
            ],
            responses: answers([200: "AnalysisJobList"])),
        APIOperation(
            method: .get, path: "/api/v1/analysis-jobs/{id}", operationID: "getAnalysisJob",
            summary: "One background analysis: its state, the step in progress with its share done, what it recorded, and its result.",
            tag: "living-circles", parameters: [.pathParameter("id", "job id")], responses: answers([200: "AnalysisJob", 404: "Error"])),
        APIOperation(
            method: .get, path: "/api/v1/analysis-jobs/{id}/events", operationID: "streamAnalysisJob",
            summary:
                "Server-sent events (text/event-stream): a progress event (data: the AnalysisJob JSON) whenever the job's state, step, counts or recorded analyses change, a keep-alive comment every 15 s, and one end event with the finished job, after which the stream closes.",
            tag: "living-circles", parameters: [.pathParameter("id", "job id")],
            responses: [200: nil, 401: "Error", 403: "Error", 404: "Error"], responseContentType: "text/event-stream"),
        APIOperation(
            method: .post, path: "/api/v1/analysis-jobs/{id}/cancel", operationID: "cancelAnalysisJob",
            summary:
                "Cancel a queued or running job (on whichever server runs it): it stops at the end of the step in progress, and nothing after that step is recorded. A job that has ended is returned unchanged.",
            tag: "living-circles", parameters: [.pathParameter("id", "job id")], responses: answers([200: "AnalysisJob", 404: "Error"])),
    ]
}
