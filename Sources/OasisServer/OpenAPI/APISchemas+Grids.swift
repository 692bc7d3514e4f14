/// The schemas of grid management.
extension APISchemas {
    static let grids: [String: JSONValue] = [
        "Grid": [
            "type": "object", "required": ["code", "name", "area"],
            "properties": [
                "code": string, "name": string, "region": nullableString,
                "area": [
                    "type": "object", "description": "polygons, each a list of rings (outer first, then holes) of {longitude, latitude}, WGS-84",
                    "properties": ["polygons": ["type": "array"]],
                ],
            ],
        ],
        "GridList": list(of: "Grid"),
        "GridImportSummary": ["type": "object", "properties": ["imported": integer, "codes": ["type": "array", "items": string]]],
        "GridMetrics": [
            "type": "object",
            "properties": ["grid": string, "name": string, "patrol": integer, "citizen": integer, "closed": integer, "closedOnTime": integer],
        ],
        "GridMetricsList": list(of: "GridMetrics"),
        "GridWorker": ["type": "object", "properties": ["grid": string, "username": string, "assignedAt": string]],
        "GridWorkerList": list(of: "GridWorker"),
    ]
}
