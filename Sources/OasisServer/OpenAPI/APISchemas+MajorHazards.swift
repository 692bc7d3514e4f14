/// The schemas of the register of major hazard sources.
extension APISchemas {
    static let majorHazards: [String: JSONValue] = [
        "MajorHazard": [
            "type": "object", "required": ["code", "names", "ownerUnit", "region", "location", "exposedPeople", "inventory"],
            "properties": [
                "code": string,
                "names": ["type": "object", "description": "by language tag: zh-Hans, en, ug; at least one", "additionalProperties": string],
                "ownerUnit": ["type": "string", "description": "a unit of the register of units (GET /api/v1/case-units)"],
                "region": string,
                "location": ["type": "object", "required": ["longitude", "latitude"], "properties": ["longitude": number, "latitude": number]],
                "exposedPeople": [
                    "type": "integer", "description": "people within 500 m of the installation's boundary (α by GB 18218-2018 table 5)",
                ],
                "inventory": [
                    "type": "array",
                    "items": [
                        "type": "object", "required": ["tonnes"],
                        "description":
                            "a table 1 chemical by CAS number, or a table 2 category (J1–J5, W1.1–W11); tonnes the largest quantity present at once",
                        "properties": ["cas": string, "category": string, "tonnes": number],
                    ],
                ],
                "figures": [
                    "type": "object", "description": "worked out by Oasis on every save; ignored in a request",
                    "properties": [
                        "alpha": number, "ratioSum": number, "r": number, "majorHazard": ["type": "boolean"],
                        "grade": ["type": ["integer", "null"], "description": "1 (R ≥ 100) … 4 (R < 10); null when not a major hazard"],
                    ],
                ],
            ],
        ],
        "MajorHazardList": list(of: "MajorHazard"),
        "MajorHazardRegionSummary": [
            "type": "object",
            "properties": [
                "region": string, "sources": integer,
                "grades": ["type": "object", "description": "grade \"1\" … \"4\" → major hazards of that grade", "additionalProperties": integer],
                "colour": ["type": ["string", "null"], "enum": ["red", "orange", "yellow", "blue", .null]],
            ],
        ],
        "MajorHazardRegionList": list(of: "MajorHazardRegionSummary"),
    ]
}
