/// The lifeline module's schemas.
extension APISchemas {
    static let number: JSONValue = ["type": "number"]
    static let nullableNumber: JSONValue = ["type": ["number", "null"]]

    static let lifeline: [String: JSONValue] = [
        "LifelineAsset": [
            "type": "object", "required": ["code", "name", "kind", "ownerUnit", "region", "geometry"],
            "properties": [
                "code": string, "name": string, "kind": string, "ownerUnit": string, "region": string,
                "geometry": ["type": "object", "description": "GeoJSON Point or LineString in WGS-84"], "lengthMeters": number,
            ],
        ],
        "LifelineAssetList": list(of: "LifelineAsset"),
        "LifelineSensor": [
            "type": "object", "required": ["code", "quantity", "unit", "asset", "rules"],
            "properties": [
                "code": string, "quantity": string, "unit": string, "asset": string,
                "rules": [
                    "type": "array",
                    "items": [
                        "type": "object", "required": ["kind"],
                        "description":
                            "threshold (direction, limits by level 1–4, hysteresis), rateOfChange (direction, perMinute, windowSeconds, level), flatLine (minutes, tolerance, level) or silence (minutes, level)",
                        "properties": ["kind": string],
                    ],
                ],
            ],
        ],
        "LifelineSensorList": list(of: "LifelineSensor"),
        "LifelineImportSummary": ["type": "object", "properties": ["inserted": integer, "updated": integer]],
        "LifelineReadingBatch": [
            "type": "object", "required": ["readings"],
            "properties": [
                "readings": [
                    "type": "array",
                    "items": [
                        "type": "object", "required": ["sensor", "time", "value"],
                        "properties": ["sensor": string, "time": ["type": "string", "format": "date-time"], "value": number],
                    ],
                ]
            ],
        ],
        "LifelineIngestSummary": [
            "type": "object", "properties": ["received": integer, "stored": integer, "duplicates": integer, "alertChanges": integer],
        ],
        "LifelineSeries": [
            "type": "object",
            "properties": [
                "sensor": string, "resolution": ["type": "string", "enum": ["raw", "minute", "hour"]],
                "readings": ["type": "array", "items": ["type": "object", "properties": ["sensorID": string, "time": string, "value": number]]],
                "rollups": [
                    "type": "array",
                    "items": [
                        "type": "object", "description": "minute: the start of the minute or hour",
                        "properties": ["start": string, "min": number, "max": number, "mean": number, "count": integer],
                    ],
                ],
            ],
        ],
        "LifelineAlert": [
            "type": "object",
            "properties": [
                "id": integer, "sensor": string, "rule": integer, "ruleKind": string, "asset": string, "region": string, "ownerUnit": string,
                "level": ["type": "integer", "description": "1 red (I) … 4 blue (IV)"], "peakLevel": integer,
                "status": ["type": "string", "enum": ["open", "acknowledged", "dispatched", "resolved", "closed"]],
                "lastValue": nullableNumber, "openedAt": string, "updatedAt": string, "clearedAt": nullableString,
                "acknowledgedAt": nullableString, "dispatchedAt": nullableString, "resolvedAt": nullableString, "closedAt": nullableString,
                "caseID": nullableInteger, "escalation": ["type": "integer", "description": "0 unit, 1 district, 2 city"],
                "escalatedAt": nullableString,
            ],
        ],
        "LifelineAlertList": list(of: "LifelineAlert"),
        "LifelineEvent": [
            "type": "object", "description": "the data of one server-sent event of /api/v1/lifeline/events",
            "properties": [
                "id": string, "event": string, "alert": integer, "sensor": string, "asset": string, "region": string, "ownerUnit": string,
                "level": integer, "status": string, "escalation": integer, "time": string,
            ],
        ],
    ]
}
