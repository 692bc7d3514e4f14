/// JSON Schemas (2020-12, as OpenAPI 3.1 uses) of the request and response bodies.
enum APISchemas {
    static func ref(_ name: String) -> JSONValue { ["$ref": .string("#/components/schemas/\(name)")] }
    static let string: JSONValue = ["type": "string"]
    static let integer: JSONValue = ["type": "integer"]
    static let nullableInteger: JSONValue = ["type": ["integer", "null"]]
    static let nullableString: JSONValue = ["type": ["string", "null"]]
    static func list(of name: String) -> JSONValue {
        ["type": "object", "required": ["items"], "properties": ["items": ["type": "array", "items": ref(name)]]]
    }

    static let all: [String: JSONValue] = [
        "Error": [
            "type": "object", "required": ["error"],
            "properties": [
                "error": [
                    "type": "object", "required": ["code", "message", "details"],
                    "properties": [
                        "code": string, "message": string, "requestId": string,
                        "details": ["type": "array", "items": [
                            "type": "object", "required": ["reason"],
                            "properties": ["field": string, "row": integer, "column": string, "line": integer, "reason": string],
                        ]],
                    ],
                ],
            ],
        ],
        "Health": ["type": "object", "required": ["status"], "properties": ["status": string, "store": string, "schemaVersion": integer]],
        "Region": [
            "type": "object", "required": ["code", "level", "nameZh", "nameEn"],
            "properties": [
                "code": string, "parentCode": nullableString,
                "level": ["enum": ["province", "prefecture", "county", "subdistrict", "community", "neighbourhood"]],
                "nameZh": string, "nameEn": string, "population": nullableInteger, "urbanPopulation": nullableInteger,
                "urbanisationRate": ["type": ["number", "null"], "description": "urban population ÷ population × 100"],
                "censusYear": nullableInteger,
            ],
        ],
        "RegionList": list(of: "Region"),
        "RegionImportSummary": ["type": "object", "properties": ["inserted": integer, "updated": integer, "unchanged": integer]],
        "User": [
            "type": "object", "required": ["id", "username", "role", "scope"],
            "properties": [
                "id": integer, "username": string, "displayName": string,
                "role": ["enum": ["admin", "analyst", "dispatcher", "unit_handler", "supervisor", "citizen"]],
                "scope": ref("Scope"), "mustChangePassword": ["type": "boolean"], "disabled": ["type": "boolean"],
                "createdAt": ["type": "string", "format": "date-time"],
            ],
        ],
        "Scope": [
            "type": "object", "description": "Empty lists mean everything.",
            "properties": ["regions": ["type": "array", "items": string], "units": ["type": "array", "items": string]],
        ],
        "UserList": list(of: "User"),
        "NewUser": [
            "type": "object", "required": ["username", "role", "password"],
            "properties": [
                "username": string, "displayName": string, "password": ["type": "string", "minLength": 10],
                "role": ["enum": ["admin", "analyst", "dispatcher", "unit_handler", "supervisor", "citizen"]],
                "scope": ref("Scope"),
            ],
        ],
        "NewToken": ["type": "object", "required": ["name"], "properties": ["name": string]],
        "IssuedToken": ["type": "object", "required": ["id", "token"], "properties": ["id": integer, "name": string, "token": string]],
        "AuditEvent": [
            "type": "object",
            "properties": [
                "seq": integer, "at": ["type": "string", "format": "date-time"], "actorId": nullableInteger, "actorName": string,
                "action": string, "entityType": string, "entityId": string, "regionCode": nullableString,
                "before": nullableString, "after": nullableString, "previousHash": string, "hash": string,
            ],
        ],
        "AuditList": list(of: "AuditEvent"),
        "AuditVerification": [
            "type": "object", "required": ["intact", "eventCount", "headHash", "problems"],
            "properties": ["intact": ["type": "boolean"], "eventCount": integer, "headHash": string, "problems": ["type": "array", "items": string]],
        ],
        "Framework": ["type": "object", "required": ["id", "version", "nameZh", "nameEn", "goals", "groups", "indicators"],
                      "description": "See docs/evaluation.md for every field.",
                      "properties": ["id": string, "version": integer, "nameZh": string, "nameEn": string,
                                     "indicators": ["type": "array", "items": ["type": "object"]], "groups": ["type": "array"], "goals": ["type": "array"],
                                     "levels": ["type": "array"], "targets": ["type": "array"]]],
        "FrameworkList": list(of: "FrameworkSummary"),
        "FrameworkSummary": ["type": "object", "properties": ["id": string, "version": integer, "nameZh": string, "nameEn": string, "active": ["type": "boolean"]]],
        "FrameworkSaved": ["type": "object", "additionalProperties": string],
        "ValueInputList": ["type": "array", "items": ["type": "object", "required": ["region", "indicator", "period", "value"],
                                                      "properties": ["region": string, "indicator": string, "period": integer, "value": ["type": "number"], "source": string]]],
        "ValueImportOutcome": ["type": "object", "properties": [
            "record": ["type": ["object", "null"]], "layout": string, "rowCount": integer, "acceptedValues": integer, "rejectedRows": integer,
            "problems": ["type": "array", "items": ["type": "object"]], "ledger": ["type": ["object", "null"]]]],
        "ValueImportList": ["type": "object", "properties": ["items": ["type": "array", "items": ["type": "object"]]]],
        "IndicatorValueList": ["type": "object", "properties": ["items": ["type": "array", "items": ["type": "object", "properties": [
            "region": string, "indicator": string, "period": integer, "value": ["type": "number"], "source": string, "importID": nullableInteger]]]]],
        "RegionCheck": ["type": "object", "properties": [
            "frameworkID": string, "frameworkVersion": integer, "region": ["type": "object"], "period": integer,
            "evaluation": ["type": "object", "description": "indicators (status, basis, score, change, rank, severity), groups, goals, overall, rank"],
            "trend": ["type": "array"], "targets": ["type": "array"], "problems": ["type": "array"], "periods": ["type": "array", "items": integer]]],
        "Ranking": ["type": "object", "properties": ["level": string, "period": integer, "periods": ["type": "array", "items": integer],
                                                    "items": ["type": "array", "items": ["type": "object"]]]],
        "Problem": ["type": "object", "properties": [
            "id": integer, "region": string, "indicator": string, "category": string, "severity": ["enum": ["low", "medium", "high"]],
            "status": ["enum": ["open", "in_remediation", "solved", "verified"]], "firstPeriod": integer, "lastFailedPeriod": integer,
            "solvedPeriod": nullableInteger, "verifiedPeriod": nullableInteger, "reopenCount": integer, "note": nullableString]],
        "ProblemList": list(of: "Problem"),
        "StatusChange": ["type": "object", "required": ["status"], "properties": [
            "status": ["enum": ["open", "in_remediation", "solved"]], "period": integer, "note": string]],
    ]
}
