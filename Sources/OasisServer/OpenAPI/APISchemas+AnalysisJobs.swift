/// The schemas of background analyses.
extension APISchemas {
    static let analysisJobs: [String: JSONValue] = [
        "AnalysisJob": [
            "type": "object", "required": ["id", "region", "period", "analyses", "state", "completed", "total", "percent", "recorded"],
            "properties": [
                "id": integer, "region": string, "period": integer, "analyses": ["type": "array", "items": string],
                "state": ["type": "string", "enum": ["queued", "running", "succeeded", "failed", "cancelled"]],
                "step": nullableString, "completed": integer, "total": integer, "percent": ["type": "number"],
                "recorded": ["type": "array", "items": string], "message": nullableString,
                "network": ["type": "object", "properties": ["name": string, "bytes": integer, "sha256": string]],
                "createdBy": string, "createdAt": string, "startedAt": nullableString, "finishedAt": nullableString,
                "result": [
                    "type": ["object", "null"],
                    "description":
                        "network (nodes, edges, facilities); access (figures, regions, residences, layerFeaturesWritten, missingTypes); shelters (figures, shelters: id, name, district, capacity, populationWithinRadius; districts; skipped)",
                ],
            ],
        ],
        "AnalysisJobList": list(of: "AnalysisJob"),
    ]
}
