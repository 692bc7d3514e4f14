import OasisCore
import OasisServices

/// JSON Schemas (2020-12, as OpenAPI 3.1 uses) of the request and response bodies.
enum APISchemas {
    static func ref(_ name: String) -> JSONValue { ["$ref": .string("#/components/schemas/\(name)")] }
    static let string: JSONValue = ["type": "string"]
    /// A text in every language that has one, keyed by language tag, beside the flat zh-Hans and English fields.
    static let languageMap: JSONValue = [
        "type": "object", "additionalProperties": string,
        "description": "the text in every language that has one, keyed by language tag (zh-Hans, en, ug)",
    ]
    static let integer: JSONValue = ["type": "integer"]
    static let nullableInteger: JSONValue = ["type": ["integer", "null"]]
    static let nullableString: JSONValue = ["type": ["string", "null"]]
    static func list(of name: String) -> JSONValue {
        ["type": "object", "required": ["items"], "properties": ["items": ["type": "array", "items": ref(name)]]]
    }

    static let all: [String: JSONValue] = core.merging(lifeline) { first, _ in first }.merging(majorHazards) { first, _ in first }.merging(grids) {
        first, _ in first
    }.merging(analysisJobs) { first, _ in first }

    static let core: [String: JSONValue] = [
        "Error": [
            "type": "object", "required": ["error"],
            "properties": [
                "error": [
                    "type": "object", "required": ["code", "message", "details"],
                    "properties": [
                        "code": string, "message": string, "requestId": string,
                        "details": [
                            "type": "array",
                            "items": [
                                "type": "object", "required": ["reason"],
                                "properties": ["field": string, "row": integer, "column": string, "line": integer, "reason": string],
                            ],
                        ],
                    ],
                ]
            ],
        ],
        "Health": ["type": "object", "required": ["status"], "properties": ["status": string, "store": string, "schemaVersion": integer]],
        "Region": [
            "type": "object", "required": ["code", "level", "nameZh", "nameEn"],
            "properties": [
                "code": string, "parentCode": nullableString,
                "level": ["enum": ["province", "prefecture", "county", "subdistrict", "community", "neighbourhood"]],
                "nameZh": string, "nameEn": string,
                "names": [
                    "type": "object", "additionalProperties": string,
                    "description": "the name in every language that has one, keyed by language tag (zh-Hans, en, ug)",
                ],
                "population": nullableInteger, "urbanPopulation": nullableInteger,
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
        "NewPassword": [
            "type": "object", "required": ["password"],
            "properties": [
                "password": ["type": "string", "minLength": 10],
                "currentPassword": [
                    "type": "string",
                    "description": "the caller's current password; required except right after signing in with a one-time password",
                ],
            ],
        ],
        "NewToken": [
            "type": "object", "required": ["name"],
            "properties": [
                "name": string,
                "expiresInDays": [
                    "type": "integer", "minimum": 1, "maximum": 3650,
                    "description": "days until the token expires (default: the server's tokenLifetimeDays)",
                ],
            ],
        ],
        "UserChange": [
            "type": "object", "description": "Either field may be left out; a scope replaces the whole scope.",
            "properties": ["role": ["enum": ["admin", "analyst", "dispatcher", "unit_handler", "supervisor", "citizen"]], "scope": ref("Scope")],
        ],
        "PasswordReset": [
            "type": "object", "required": ["user", "oneTimePassword"],
            "properties": [
                "user": ref("User"), "oneTimePassword": ["type": "string", "description": "Shown once; must be changed at the next sign-in."],
            ],
        ],
        "Token": [
            "type": "object", "required": ["id", "userId", "name", "createdAt", "revoked"],
            "properties": [
                "id": integer, "userId": integer, "name": string, "createdAt": ["type": "string", "format": "date-time"],
                "lastUsedAt": ["type": ["string", "null"], "format": "date-time"],
                "expiresAt": [
                    "type": ["string", "null"], "format": "date-time",
                    "description": "every token expires; tokens issued before expiries existed get one when the server starts",
                ], "revoked": ["type": "boolean"],
            ],
        ],
        "TokenList": list(of: "Token"),
        "SessionsEnded": ["type": "object", "required": ["sessionsEnded"], "properties": ["sessionsEnded": integer]],
        "IssuedToken": [
            "type": "object", "required": ["id", "token", "expiresAt"],
            "properties": ["id": integer, "name": string, "token": string, "expiresAt": ["type": "string", "format": "date-time"]],
        ],
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
            "type": "object", "required": ["intact", "eventCount", "headHash", "problems", "lastSeq", "missingAtEnd"],
            "description":
                "anchoredSeq: the event the anchor outside the database records (absent without one); missingAtEnd: events the table lacks to reach it.",
            "properties": [
                "intact": ["type": "boolean"], "eventCount": integer, "headHash": string, "problems": ["type": "array", "items": string],
                "lastSeq": integer, "anchoredSeq": nullableInteger, "missingAtEnd": integer,
            ],
        ],
        "Framework": [
            "type": "object", "required": ["id", "version", "nameZh", "nameEn", "goals", "groups", "indicators"],
            "description": "See docs/evaluation.md for every field.",
            "properties": [
                "id": string, "version": integer, "nameZh": string, "nameEn": string, "names": languageMap,
                "indicators": ["type": "array", "items": ["type": "object"]], "groups": ["type": "array"], "goals": ["type": "array"],
                "levels": ["type": "array"], "targets": ["type": "array"],
            ],
        ],
        "FrameworkList": list(of: "FrameworkSummary"),
        "FrameworkSummary": [
            "type": "object",
            "properties": [
                "id": string, "version": integer, "nameZh": string, "nameEn": string, "names": languageMap, "active": ["type": "boolean"],
            ],
        ],
        "FrameworkSaved": ["type": "object", "additionalProperties": string],
        "ValueInputList": [
            "type": "array",
            "items": [
                "type": "object", "required": ["region", "indicator", "period", "value"],
                "properties": ["region": string, "indicator": string, "period": integer, "value": ["type": "number"], "source": string],
            ],
        ],
        "ValueImportOutcome": [
            "type": "object",
            "properties": [
                "record": ["type": ["object", "null"]], "layout": string, "rowCount": integer, "acceptedValues": integer, "rejectedRows": integer,
                "problems": ["type": "array", "items": ["type": "object"]], "ledger": ["type": ["object", "null"]],
            ],
        ],
        "ValueImportList": ["type": "object", "properties": ["items": ["type": "array", "items": ["type": "object"]]]],
        "IndicatorValueList": [
            "type": "object",
            "properties": [
                "items": [
                    "type": "array",
                    "items": [
                        "type": "object",
                        "properties": [
                            "region": string, "indicator": string, "period": integer, "value": ["type": "number"], "source": string,
                            "importID": nullableInteger,
                        ],
                    ],
                ]
            ],
        ],
        "RegionCheck": [
            "type": "object",
            "properties": [
                "frameworkID": string, "frameworkVersion": integer, "region": ["type": "object"], "period": integer,
                "evaluation": [
                    "type": "object", "description": "indicators (status, basis, score, change, rank, severity), groups, goals, overall, rank",
                ],
                "trend": ["type": "array"], "targets": ["type": "array"], "problems": ["type": "array"],
                "periods": ["type": "array", "items": integer],
            ],
        ],
        "Ranking": [
            "type": "object",
            "properties": [
                "level": string, "period": integer, "periods": ["type": "array", "items": integer],
                "items": ["type": "array", "items": ["type": "object"]],
            ],
        ],
        "Problem": [
            "type": "object",
            "properties": [
                "id": integer, "region": string, "indicator": string, "category": string, "severity": ["enum": ["low", "medium", "high"]],
                "status": ["enum": ["open", "in_remediation", "solved", "verified"]], "firstPeriod": integer, "lastFailedPeriod": integer,
                "solvedPeriod": nullableInteger, "verifiedPeriod": nullableInteger, "reopenCount": integer, "note": nullableString,
            ],
        ],
        "ProblemPage": [
            "type": "object", "required": ["items", "total", "offset"],
            "properties": ["total": integer, "offset": integer, "limit": integer, "items": ["type": "array", "items": ref("Problem")]],
        ],
        "CaseTaxonomy": [
            "type": "object", "properties": ["name": string, "version": string, "categories": ["type": "array", "items": ["type": "object"]]],
        ],
        "CalendarFile": [
            "type": "object", "required": ["timeZone", "years"],
            "properties": [
                "timeZone": string, "region": string, "sample": ["type": "boolean"], "note": string,
                "years": ["type": "array", "items": ["type": "object", "properties": ["year": integer, "source": string]]],
                "officeHours": ["type": "array", "items": ["type": "object", "properties": ["from": string, "label": string]]],
            ],
        ],
        "CalendarListing": [
            "type": "object",
            "properties": [
                "entries": ["type": "array", "items": ["type": "object"]],
                "warning": ["type": ["object", "null"], "properties": ["lastYear": integer, "daysLeft": integer]],
            ],
        ],
        "CaseInput": [
            "type": "object", "required": ["category"],
            "properties": [
                "kind": ["enum": ["request", "event"]], "requestType": string, "category": string, "channel": string,
                "priority": ["enum": ["emergency", "urgent", "normal"]], "description": string, "longitude": ["type": "number"],
                "latitude": ["type": "number"],
                "coordinateSystem": ["enum": ["wgs84", "gcj02"]], "address": string, "region": string,
                "reporter": [
                    "type": "object",
                    "properties": [
                        "name": string, "phone": string, "email": string,
                        "language": [
                            "enum": .array(Language.allCases.map { .string($0.rawValue) }),
                            "description": "the language the citizen is told about the case in; default: the request's language",
                        ],
                    ],
                ],
                "attachments": [
                    "type": "array",
                    "items": [
                        "type": "object",
                        "properties": ["fileName": string, "contentType": string, "bytes": integer, "url": string, "photo": integer],
                    ],
                ],
            ],
        ],
        "Case": [
            "type": "object",
            "properties": [
                "id": integer, "kind": string, "requestType": nullableString, "category": string, "channel": string, "priority": string,
                "description": string,
                "location": ref("GeoPoint"), "address": nullableString, "region": nullableString, "reporter": ["type": ["object", "null"]],
                "workflow": [
                    "type": "object",
                    "description":
                        "status, unit, lastHandlingUnit, closure, reworkCount, reopenCount, returnCount, mergedInto; the latest valid follow-up visit's contacted (the unit contacted the citizen, 响应), resolved and satisfaction (absent: no rating), kept when the case is reopened; unreachedVisits (calls that did not reach the citizen)",
                ],
                "registeredAt": string, "dispatchedAt": nullableString, "closedAt": nullableString,
                "deadlines": ["type": ["object", "null"], "properties": ["respondBy": string, "resolveBy": string, "warnAt": string]],
                "supervised": ["type": "boolean"], "summonedUnits": ["type": "array", "items": string], "source": string,
                "grid": ["type": ["string", "null"], "description": "the grid (网格) whose area held the location at intake"],
            ],
        ],
        "CaseList": list(of: "Case"),
        "CasePage": ["type": "object", "properties": ["total": integer, "offset": integer, "items": ["type": "array", "items": ref("Case")]]],
        "CaseEventInput": [
            "type": "object", "required": ["event"],
            "properties": [
                // The steps as Core states them, so the document cannot miss one.
                "event": ["enum": .array(CaseStep.allCases.map { .string($0.event) })],
                "unit": string, "units": ["type": "array", "items": string], "reason": string, "summary": string,
                "closure": ["enum": ["resolved", "no_further_action", "not_responsible", "duplicate", "referred"]],
                "reached": ["type": "boolean", "description": "follow_up: whether the citizen was reached; an unreached call is no valid visit"],
                "unreachedReason": [
                    "enum": .array(UnreachedReason.allCases.map { .string($0.rawValue) }), "description": "follow_up, not reached: why",
                ],
                "responded": ["type": "boolean", "description": "follow_up, reached: the handling unit contacted the citizen (响应)"],
                "contacted": ["type": "boolean", "description": "the former name of responded; given without reached it means a reached visit"],
                "resolved": ["type": "boolean", "description": "follow_up, reached: the problem is resolved (解决)"],
                "satisfaction": [
                    "enum": .array((Satisfaction.allCases.map(\.rawValue) + [CaseEventInput.noRating]).map { .string($0) }),
                    "description": "follow_up, reached: the rating (满意); no_rating or absent for none",
                ],
                "words": ["type": "string", "description": "follow_up: the citizen's words"], "category": string,
            ],
        ],
        "CasePhoto": [
            "type": "object",
            "properties": [
                "id": integer, "caseID": integer, "file": string, "contentType": string, "bytes": integer, "sha256": string,
                "locationShared": ["type": "boolean"], "uploadedBy": string, "uploadedAt": string,
            ],
        ],
        "CaseEventList": [
            "type": "object",
            "properties": [
                "items": [
                    "type": "array",
                    "items": [
                        "type": "object",
                        "properties": [
                            "event": string, "detail": string, "status": string, "actor": string, "at": string,
                        ],
                    ],
                ]
            ],
        ],
        "MergeInput": ["type": "object", "required": ["duplicates"], "properties": ["duplicates": ["type": "array", "items": integer]]],
        "RoutingRule": ["type": "object", "required": ["category", "unit"], "properties": ["category": string, "region": string, "unit": string]],
        "CaseUnit": [
            "type": "object", "required": ["name"],
            "properties": [
                "name": string, "names": ["type": "object", "properties": ["en": string, "ug": string]], "region": string,
                "categories": ["type": "array", "items": string], "supervisor": string,
            ],
        ],
        "CaseUnitList": ["type": "object", "properties": ["items": ["type": "array", "items": ref("CaseUnit")]]],
        "CaseMetricsList": [
            "type": "object",
            "properties": [
                "items": [
                    "type": "array",
                    "items": [
                        "type": "object",
                        "properties": [
                            "key": string, "month": nullableString,
                            "metrics": [
                                "type": "object",
                                "properties": [
                                    "cases": integer, "visited": integer, "rated": integer, "unreachedVisits": integer, "merged": integer,
                                    "notResponsible": integer, "cancelled": integer, "responseRate": ["type": ["number", "null"]],
                                    "resolutionRate": ["type": ["number", "null"]],
                                    "satisfactionRate": ["type": ["number", "null"]], "composite": ["type": ["number", "null"]],
                                    "closureRate": ["type": ["number", "null"]],
                                    "onTimeClosureRate": ["type": ["number", "null"]], "reworkRate": ["type": ["number", "null"]],
                                    "meanHandlingHours": ["type": ["number", "null"]],
                                    "medianHandlingHours": ["type": ["number", "null"]],
                                ],
                            ],
                        ],
                    ],
                ]
            ],
        ],
        "HotspotList": [
            "type": "object",
            "properties": [
                "items": [
                    "type": "array",
                    "items": [
                        "type": "object",
                        "properties": [
                            "category": string, "region": string, "cases": integer,
                        ],
                    ],
                ]
            ],
        ],
        "GeoPoint": [
            "type": "object", "required": ["longitude", "latitude"], "properties": ["longitude": ["type": "number"], "latitude": ["type": "number"]],
        ],
        "GeoJSON": [
            "type": "object", "description": "RFC 7946 GeoJSON: Polygon, MultiPolygon, Feature or FeatureCollection in WGS-84", "required": ["type"],
            "properties": ["type": string],
        ],
        "LayerImportOutcome": [
            "type": "object",
            "properties": [
                "layer": string, "source": string, "region": nullableString, "crs": string,
                "deleted": integer, "inserted": integer,
            ],
        ],
        "BoundarySaved": ["type": "object", "properties": ["region": string, "name": string, "polygons": string]],
        "BoundaryList": [
            "type": "object",
            "properties": ["items": ["type": "array", "items": ["type": "object", "properties": ["region": string, "name": string]]]],
        ],
        "Policy": [
            "type": "object", "required": ["id", "level", "issuedOn", "issuerZh", "issuerEn", "titleZh", "titleEn", "sections", "measures"],
            "properties": [
                "id": string, "level": ["enum": ["national", "province", "prefecture", "county"]], "region": nullableString, "issuedOn": string,
                "issuerZh": string, "issuerEn": string, "issuers": languageMap, "titleZh": string, "titleEn": string, "titles": languageMap,
                "sections": [
                    "type": "array",
                    "items": ["type": "object", "properties": ["number": integer, "titleZh": string, "titleEn": string, "titles": languageMap]],
                ],
                "measures": [
                    "type": "array",
                    "items": [
                        "type": "object",
                        "properties": [
                            "number": integer, "section": integer, "titleZh": string, "titleEn": string, "titles": languageMap,
                            "summaryZh": string, "summaryEn": string, "summaries": languageMap, "indicators": ["type": "array", "items": string],
                        ],
                    ],
                ],
            ],
        ],
        "PolicyList": list(of: "Policy"),
        "PlanGoal": [
            "type": "object", "required": ["textZh", "textEn", "year"],
            "properties": [
                "textZh": string, "textEn": string, "texts": languageMap, "indicator": nullableString, "target": ["type": ["number", "null"]],
                "year": integer,
            ],
        ],
        "Plan": [
            "type": "object", "required": ["region", "policyID", "titleZh", "titleEn", "startYear", "endYear"],
            "properties": [
                "id": integer, "region": string, "policyID": string, "titleZh": string, "titleEn": string, "titles": languageMap,
                "startYear": integer, "endYear": integer,
                "goals": ["type": "array", "items": ref("PlanGoal")],
            ],
        ],
        "PlanList": list(of: "Plan"),
        "Task": [
            "type": "object", "required": ["titleZh", "leadUnit", "deadline", "deliverable"],
            "properties": [
                "id": integer, "schemeID": integer, "titleZh": string, "titleEn": string, "titles": languageMap, "leadUnit": string,
                "coUnits": ["type": "array", "items": string],
                "deadline": ["type": "string", "description": "YYYY-MM-DD or ISO-8601"], "deliverable": string,
                "status": ["enum": ["planned", "in_progress", "done", "cancelled"]], "doneOn": nullableString,
            ],
        ],
        "TaskStatusChange": [
            "type": "object", "required": ["status"],
            "properties": [
                "status": ["enum": ["planned", "in_progress", "done", "cancelled"]], "doneOn": string,
            ],
        ],
        "Scheme": [
            "type": "object", "required": ["measure", "region", "titleZh"],
            "properties": [
                "id": integer, "planID": integer, "measure": integer, "region": string, "titleZh": string, "titleEn": string,
                "titles": languageMap, "tasks": ["type": "array", "items": ref("Task")],
            ],
        ],
        "PlanDetail": ["type": "object", "properties": ["plan": ref("Plan"), "schemes": ["type": "array", "items": ref("Scheme")]]],
        "Project": [
            "type": "object", "required": ["code", "nameZh", "type", "region"],
            "properties": [
                "id": integer, "code": string, "nameZh": string, "nameEn": string, "names": languageMap,
                "type": [
                    "enum": [
                        "old_neighbourhood_renovation", "urban_village", "pipe_network_renewal", "complete_community", "pocket_park", "shelter",
                        "lifeline_monitoring", "public_service", "other",
                    ]
                ],
                "region": string, "unit": nullableString, "location": ref("GeoPoint"),
                "area": ["type": "object", "description": "polygons: [[[GeoPoint]]] (outer ring first, then holes)"],
                "stage": ["enum": ["reserve", "preparation", "under_construction", "completed", "accepted"]],
                "budget": [
                    "type": "object", "description": "10,000 yuan by source: fiscal, special_bonds, social_capital, bank_finance",
                    "additionalProperties": ["type": "number"],
                ],
                "plannedInvestment": ["type": "object", "description": "10,000 yuan by year", "additionalProperties": ["type": "number"]],
                "actualInvestment": ["type": "object", "description": "10,000 yuan by year", "additionalProperties": ["type": "number"]],
                "plannedStart": nullableString, "plannedEnd": nullableString, "actualEnd": nullableString,
                "milestones": [
                    "type": "array", "items": ["type": "object", "properties": ["name": string, "due": string, "done": nullableString]],
                ],
                "residential": ["type": "boolean"], "maximumHeightMeters": ["type": ["number", "null"]],
                "citedProblems": ["type": "array", "items": integer], "policyID": string, "measures": ["type": "array", "items": integer],
                "taskID": nullableInteger,
                "risks": [
                    "type": "array",
                    "items": [
                        "type": "object",
                        "properties": ["description": string, "level": ["enum": ["low", "medium", "high"]], "mitigation": nullableString],
                    ],
                ],
                "progress": ["type": ["number", "null"]], "progressOn": nullableString,
            ],
        ],
        "ProjectFlag": [
            "type": "object",
            "properties": [
                "kind": [
                    "enum": ["outside_boundary", "super_tall_residential", "time_overrun", "cost_overrun", "overdue_milestone", "no_cited_problem"]
                ], "detail": string,
            ],
        ],
        "ProjectView": ["type": "object", "properties": ["project": ref("Project"), "flags": ["type": "array", "items": ref("ProjectFlag")]]],
        "ProjectViewList": list(of: "ProjectView"),
        "ProjectPage": [
            "type": "object", "properties": ["total": integer, "offset": integer, "items": ["type": "array", "items": ref("ProjectView")]],
        ],
        "StageChange": [
            "type": "object", "required": ["stage"],
            "properties": [
                "stage": ["enum": ["reserve", "preparation", "under_construction", "completed", "accepted"]],
                "on": ["type": "string", "description": "the day, for completed"],
            ],
        ],
        "ProgressReport": [
            "type": "object", "required": ["reportedOn", "percent", "narrative"],
            "properties": [
                "id": integer, "projectID": integer, "reportedOn": string, "percent": ["type": "number", "minimum": 0, "maximum": 100],
                "narrative": string,
                "photos": [
                    "type": "array",
                    "items": [
                        "type": "object",
                        "properties": ["fileName": string, "caption": nullableString, "takenAt": nullableString, "location": ref("GeoPoint")],
                    ],
                ],
                "reportedBy": string,
            ],
        ],
        "ProgressReportList": list(of: "ProgressReport"),
        "ProjectImportOutcome": [
            "type": "object",
            "properties": [
                "fileName": string, "rowCount": integer, "created": integer, "updated": integer, "rejectedRows": integer,
                "problems": ["type": "array", "items": ["type": "object"]],
                "flagged": ["type": "object", "additionalProperties": ["type": "array", "items": string]],
            ],
        ],
        "MeasureStatus": [
            "type": "object",
            "properties": [
                "measure": integer, "section": integer, "titleZh": string, "titleEn": string, "titles": languageMap, "tasks": integer,
                "tasksDone": integer,
                "tasksOverdue": integer,
                "projects": integer, "projectsByStage": ["type": "object", "additionalProperties": integer], "lateProjects": integer,
                "budget": ["type": "number"], "actualInvestment": ["type": "number"], "meanProgress": ["type": ["number", "null"]],
                "indicators": [
                    "type": "array",
                    "items": [
                        "type": "object",
                        "properties": [
                            "code": string, "nameZh": string, "nameEn": string, "names": languageMap, "unit": string,
                            "points": [
                                "type": "array", "items": ["type": "object", "properties": ["period": integer, "value": ["type": "number"]]],
                            ],
                        ],
                    ],
                ],
            ],
        ],
        "MeasureStatusReport": [
            "type": "object",
            "properties": [
                "policyID": string, "policyTitleZh": string, "policyTitleEn": string, "policyTitles": languageMap, "region": string,
                "asOf": string,
                "measures": ["type": "array", "items": ref("MeasureStatus")],
            ],
        ],
        "DelayGroup": [
            "type": "object",
            "properties": [
                "key": string, "tasks": integer, "overdueTasks": integer, "projects": integer, "lateProjects": integer, "overdueMilestones": integer,
                "costOverruns": integer,
            ],
        ],
        "DelayReport": [
            "type": "object",
            "properties": [
                "region": nullableString, "asOf": string, "byUnit": ["type": "array", "items": ref("DelayGroup")],
                "byRegion": ["type": "array", "items": ref("DelayGroup")],
            ],
        ],
        "StatusChange": [
            "type": "object", "required": ["status"],
            "properties": [
                "status": ["enum": ["open", "in_remediation", "solved"]], "period": integer, "note": string,
            ],
        ],
    ]
}
