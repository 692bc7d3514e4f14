import HTTPTypes
import OasisServices

/// Every JSON (machine) route of Oasis. A test fails when the router and this list disagree.
enum APICatalogue {
    static let operations: [APIOperation] = core + lifeline + majorHazards + grids + analysisJobs

    static let core: [APIOperation] = [
        APIOperation(
            method: .get, path: "/healthz", operationID: "health", summary: "Liveness: the process answers.",
            tag: "operations", responses: [200: "Health"]),
        APIOperation(
            method: .get, path: "/readyz", operationID: "ready", summary: "Readiness: the database answers.",
            tag: "operations", responses: [200: "Health", 503: "Health"]),
        APIOperation(
            method: .get, path: "/metrics", operationID: "metrics", summary: "Prometheus metrics: request counts, latencies, errors.",
            tag: "operations", responses: [200: nil], responseContentType: "text/plain; version=0.0.4"),
        APIOperation(
            method: .get, path: "/openapi.json", operationID: "openapi", summary: "This document.",
            tag: "operations", responses: [200: nil]),
        APIOperation(
            method: .get, path: "/api/v1/regions", operationID: "listRegions",
            summary: "Regions, optionally of one level or below one parent, with census figures.",
            tag: "regions",
            parameters: [
                .queryParameter("level", "province, prefecture, county, subdistrict, community or neighbourhood"),
                .queryParameter("parent", "division code of the parent region"),
            ],
            responses: [200: "RegionList", 304: nil, 400: "Error"]),
        APIOperation(
            method: .get, path: "/api/v1/regions/{code}", operationID: "getRegion", summary: "One region.",
            tag: "regions", parameters: [.pathParameter("code", "statistical division code")],
            responses: [200: "Region", 400: "Error", 404: "Error"]),
        APIOperation(
            method: .get, path: "/api/v1/regions/{code}/children", operationID: "listRegionChildren",
            summary: "The direct subdivisions of a region.", tag: "regions",
            parameters: [.pathParameter("code", "statistical division code")], responses: [200: "RegionList", 404: "Error"]),
        APIOperation(
            method: .post, path: "/api/v1/regions/import", operationID: "importRegions",
            summary:
                "Import or update regions from CSV (code, parent_code, level, name_zh, name_en[, population, urban_population, census_year]); all or nothing.",
            tag: "regions", requestBody: .csv,
            responses: [200: "RegionImportSummary", 400: "Error", 401: "Error", 403: "Error", 413: "Error", 415: "Error"]),
        APIOperation(
            method: .get, path: "/api/v1/me", operationID: "me", summary: "The signed-in user or token owner.",
            tag: "identity", responses: [200: "User", 401: "Error"]),
        APIOperation(
            method: .post, path: "/api/v1/me/password", operationID: "changeOwnPassword",
            summary:
                "Replace the caller's password (required first after signing in with a one-time password); give currentPassword, except in that first change. A password equal to the current one or one of the last passwordHistory is refused.",
            tag: "identity", requestBody: .json(schema: "NewPassword"),
            responses: [200: "User", 400: "Error", 401: "Error", 403: "Error", 415: "Error"]),
        APIOperation(
            method: .get, path: "/api/v1/users", operationID: "listUsers", summary: "Users inside the caller's scope.",
            tag: "identity", responses: [200: "UserList", 401: "Error", 403: "Error"]),
        APIOperation(
            method: .post, path: "/api/v1/users", operationID: "createUser", summary: "Create a user with a role and a scope.",
            tag: "identity", requestBody: .json(schema: "NewUser"),
            responses: [201: "User", 400: "Error", 401: "Error", 403: "Error", 409: "Error", 413: "Error", 415: "Error"]),
        APIOperation(
            method: .post, path: "/api/v1/users/{id}/tokens", operationID: "createToken",
            summary: "Issue an API token for a user; the token is shown once.", tag: "identity",
            parameters: [.pathParameter("id", "user id")], requestBody: .json(schema: "NewToken"),
            responses: [201: "IssuedToken", 400: "Error", 401: "Error", 403: "Error", 404: "Error"]),
        APIOperation(
            method: .post, path: "/api/v1/me/sessions/revoke-all", operationID: "endOwnSessions",
            summary: "Sign the caller out everywhere: every web session of the caller ends.", tag: "identity",
            responses: [200: "SessionsEnded", 401: "Error"]),
        APIOperation(
            method: .patch, path: "/api/v1/users/{id}", operationID: "updateUser",
            summary: "Change a user's role and/or scope (inside the caller's own); the user's sessions end so the new rights apply at once.",
            tag: "identity", parameters: [.pathParameter("id", "user id")], requestBody: .json(schema: "UserChange"),
            responses: [200: "User", 400: "Error", 401: "Error", 403: "Error", 404: "Error", 409: "Error", 415: "Error"]),
        APIOperation(
            method: .post, path: "/api/v1/users/{id}/disable", operationID: "disableUser",
            summary: "Disable a user: its sessions end and its tokens are refused until it is enabled again.",
            tag: "identity", parameters: [.pathParameter("id", "user id")],
            responses: [200: "User", 400: "Error", 401: "Error", 403: "Error", 404: "Error", 409: "Error"]),
        APIOperation(
            method: .post, path: "/api/v1/users/{id}/enable", operationID: "enableUser",
            summary: "Enable a disabled user again.", tag: "identity", parameters: [.pathParameter("id", "user id")],
            responses: [200: "User", 400: "Error", 401: "Error", 403: "Error", 404: "Error"]),
        APIOperation(
            method: .post, path: "/api/v1/users/{id}/password-reset", operationID: "resetPassword",
            summary: "Give a user a one-time password (shown once, to be changed at the next sign-in) and end its sessions.",
            tag: "identity", parameters: [.pathParameter("id", "user id")],
            responses: [200: "PasswordReset", 400: "Error", 401: "Error", 403: "Error", 404: "Error"]),
        APIOperation(
            method: .get, path: "/api/v1/users/{id}/tokens", operationID: "listTokens",
            summary: "A user's API tokens, without secrets.", tag: "identity", parameters: [.pathParameter("id", "user id")],
            responses: [200: "TokenList", 400: "Error", 401: "Error", 403: "Error", 404: "Error"]),
        APIOperation(
            method: .delete, path: "/api/v1/users/{id}/tokens/{tokenId}", operationID: "revokeToken",
            summary: "Revoke one of a user's API tokens; it is refused from then on.", tag: "identity",
            parameters: [.pathParameter("id", "user id"), .pathParameter("tokenId", "token id")],
            responses: [200: "Token", 400: "Error", 401: "Error", 403: "Error", 404: "Error"]),
        APIOperation(
            method: .post, path: "/api/v1/users/{id}/tokens/{tokenId}/expire", operationID: "expireToken",
            summary: "Make one of a user's API tokens expire now (an expiry already past is kept).", tag: "identity",
            parameters: [.pathParameter("id", "user id"), .pathParameter("tokenId", "token id")],
            responses: [200: "Token", 400: "Error", 401: "Error", 403: "Error", 404: "Error"]),
        APIOperation(
            method: .post, path: "/api/v1/users/{id}/sessions/revoke-all", operationID: "endUserSessions",
            summary: "Sign a user out everywhere: every web session of the user ends (its tokens are left; revoke them separately).",
            tag: "identity", parameters: [.pathParameter("id", "user id")],
            responses: [200: "SessionsEnded", 400: "Error", 401: "Error", 403: "Error", 404: "Error"]),
        APIOperation(
            method: .get, path: "/api/v1/audit", operationID: "listAudit", summary: "Recent audit events inside the caller's scope, newest first.",
            tag: "audit", parameters: [.queryParameter("limit", "at most this many (1–1000, default 100)", type: "integer")],
            responses: [200: "AuditList", 401: "Error", 403: "Error"]),
        APIOperation(
            method: .get, path: "/api/v1/audit/verify", operationID: "verifyAudit",
            summary: "Check the audit hash chain for changed, removed or reordered events.",
            tag: "audit", responses: [200: "AuditVerification", 401: "Error", 403: "Error"]),
        APIOperation(
            method: .get, path: "/api/v1/frameworks", operationID: "listFrameworks",
            summary: "Stored indicator frameworks (the built-in one until another is saved).",
            tag: "evaluation", responses: [200: "FrameworkList", 401: "Error", 403: "Error"]),
        APIOperation(
            method: .get, path: "/api/v1/frameworks/active", operationID: "exportFramework",
            summary: "The active framework as JSON: levels, groups, goals, indicators with thresholds and sources, targets. Edit and POST it back.",
            tag: "evaluation", responses: [200: "Framework", 401: "Error", 403: "Error"]),
        APIOperation(
            method: .post, path: "/api/v1/frameworks", operationID: "importFramework",
            summary: "Save a framework version (validated: codes unique, references resolve, thresholds fit their direction) and make it active.",
            tag: "evaluation", requestBody: .json(schema: "Framework"),
            responses: [201: "FrameworkSaved", 400: "Error", 401: "Error", 403: "Error", 415: "Error"]),
        APIOperation(
            method: .post, path: "/api/v1/indicator-values/import", operationID: "importIndicatorValues",
            summary: "Import indicator values from CSV or XLSX, long or wide layout. With errors nothing is written unless acceptValid=true.",
            tag: "evaluation",
            parameters: [
                .queryParameter("acceptValid", "write the valid rows and report the rest", type: "boolean"),
                .queryParameter("fileName", "recorded as the values' default source"),
                .queryParameter(
                    "marked",
                    "1: a refused file comes back as XLSX (status 422) with its bad cells filled red and the messages in an added last column",
                    type: "boolean"),
            ],
            requestBody: .csv,
            responses: [
                200: "ValueImportOutcome", 201: "ValueImportOutcome", 400: "Error", 401: "Error", 403: "Error", 413: "Error", 415: "Error", 422: nil,
            ], fileResponses: [422: TableUpload.xlsxType]),
        APIOperation(
            method: .post, path: "/api/v1/indicator-values", operationID: "postIndicatorValues",
            summary: "Write indicator values given as JSON, validated like a file import.", tag: "evaluation",
            requestBody: .json(schema: "ValueInputList"),
            responses: [201: "ValueImportOutcome", 400: "Error", 401: "Error", 403: "Error", 415: "Error"]),
        APIOperation(
            method: .get, path: "/api/v1/indicator-values/imports", operationID: "listValueImports",
            summary: "Recent value imports with their counts.",
            tag: "evaluation", responses: [200: "ValueImportList", 401: "Error", 403: "Error"]),
        APIOperation(
            method: .get, path: "/api/v1/regions/{code}/indicator-values", operationID: "regionIndicatorValues",
            summary: "A region's stored values with source and import id.", tag: "evaluation",
            parameters: [.pathParameter("code", "statistical division code")], responses: [200: "IndicatorValueList", 401: "Error", 403: "Error"]),
        APIOperation(
            method: .get, path: "/api/v1/evaluations", operationID: "rankRegions",
            summary: "Overall scores, ranks and goal scores of the regions of one level in one period.", tag: "evaluation",
            parameters: [
                .queryParameter("level", "region level (default prefecture)"),
                .queryParameter("period", "year (default: the latest with data)", type: "integer"),
            ],
            responses: [200: "Ranking", 400: "Error", 401: "Error", 403: "Error", 404: "Error"]),
        APIOperation(
            method: .get, path: "/api/v1/evaluations/{code}", operationID: "evaluateRegion",
            summary:
                "The health check of one region: each indicator's status (against its threshold or its peers), score, change and rank; group, goal and overall scores; trend; targets; problems.",
            tag: "evaluation",
            parameters: [
                .pathParameter("code", "statistical division code"),
                .queryParameter("period", "year (default: the latest with data)", type: "integer"),
            ],
            responses: [200: "RegionCheck", 400: "Error", 401: "Error", 403: "Error", 404: "Error"]),
        APIOperation(
            method: .get, path: "/api/v1/problems", operationID: "listProblems", summary: "The problem ledger inside the caller's scope.",
            tag: "evaluation",
            parameters: [
                .queryParameter("region", "this region and everything below it"),
                .queryParameter("status", "open, in_remediation, solved or verified"),
                .queryParameter("severity", "low, medium or high"),
                .queryParameter("year", "problems failing in this year", type: "integer"),
                .queryParameter("limit", "rows per page, 1–1000 (default: all)", type: "integer"),
                .queryParameter("offset", "rows to skip", type: "integer"),
            ],
            responses: [200: "ProblemPage", 400: "Error", 401: "Error", 403: "Error"]),
        APIOperation(
            method: .post, path: "/api/v1/problems/{id}/status", operationID: "setProblemStatus",
            summary: "Move a problem: open ↔ in_remediation → solved (with the period). Only a later period's evaluation verifies it.",
            tag: "evaluation", parameters: [.pathParameter("id", "problem id")], requestBody: .json(schema: "StatusChange"),
            responses: [200: "Problem", 400: "Error", 401: "Error", 403: "Error", 404: "Error", 409: "Error"]),
        APIOperation(
            method: .get, path: "/api/v1/policies", operationID: "listPolicies",
            summary:
                "Policies as data: sections and numbered measures, each linked to its indicators (the built-in Xinjiang 2025 policy and any loaded).",
            tag: "promotion", responses: [200: "PolicyList", 401: "Error", 403: "Error"]),
        APIOperation(
            method: .get, path: "/api/v1/policies/{id}", operationID: "getPolicy", summary: "One policy.", tag: "promotion",
            parameters: [.pathParameter("id", "policy id")], responses: [200: "Policy", 401: "Error", 403: "Error", 404: "Error"]),
        APIOperation(
            method: .post, path: "/api/v1/policies", operationID: "savePolicy",
            summary: "Load or replace a policy (national, prefecture, county) in the built-in policy's JSON shape; validated against the framework.",
            tag: "promotion", requestBody: .json(schema: "Policy"),
            responses: [201: "Policy", 400: "Error", 401: "Error", 403: "Error", 413: "Error", 415: "Error"]),
        APIOperation(
            method: .get, path: "/api/v1/boundaries", operationID: "listBoundaries", summary: "Regions with an urban development boundary.",
            tag: "promotion", responses: [200: "BoundaryList", 401: "Error", 403: "Error"]),
        APIOperation(
            method: .put, path: "/api/v1/boundaries/{region}", operationID: "saveBoundary",
            summary:
                "Set a region's urban development boundary from GeoJSON (Polygon, MultiPolygon, Feature or FeatureCollection, WGS-84). Projects outside it are flagged.",
            tag: "promotion",
            parameters: [.pathParameter("region", "statistical division code"), .queryParameter("name", "a name for the boundary")],
            requestBody: .json(schema: "GeoJSON"), responses: [201: "BoundarySaved", 400: "Error", 401: "Error", 403: "Error", 413: "Error"]),
        APIOperation(
            method: .put, path: "/api/v1/layers/{layer}", operationID: "importLayer",
            summary:
                "Upload a layer (facilities, residences, shelters or communities) as a GeoJSON FeatureCollection, replacing the features the same source gave (within the region, when named); checked feature by feature, all or nothing, converted to WGS-84 from the file's crs member or ?crs=.",
            tag: "layers",
            parameters: [
                .pathParameter("layer", "facilities, residences, shelters or communities"),
                .queryParameter("crs", "the file's coordinate system when it has no crs member: EPSG:4326, EPSG:4490, EPSG:3857 or gcj02"),
                .queryParameter("region", "division code: the region of features naming none, and the part of the source replaced"),
                .queryParameter("source", "the name of the source whose features are replaced (default upload)"),
            ],
            requestBody: .json(schema: "GeoJSON"),
            responses: [200: "LayerImportOutcome", 400: "Error", 401: "Error", 403: "Error", 413: "Error", 415: "Error"]),
        APIOperation(
            method: .get, path: "/api/v1/layers/{layer}", operationID: "exportLayer",
            summary:
                "Download a layer (facilities, residences, shelters, communities or access) as a GeoJSON FeatureCollection in WGS-84, inside the caller's scope.",
            tag: "layers",
            parameters: [
                .pathParameter("layer", "facilities, residences, shelters, communities or access"),
                .queryParameter("bbox", "minLon,minLat,maxLon,maxLat: only features whose bounding box meets it"),
            ],
            responses: [200: nil, 400: "Error", 401: "Error", 403: "Error"], responseContentType: "application/geo+json"),
        APIOperation(
            method: .get, path: "/api/v1/plans", operationID: "listPlans", summary: "Strategic plans inside the caller's scope.",
            tag: "promotion", responses: [200: "PlanList", 401: "Error", 403: "Error"]),
        APIOperation(
            method: .post, path: "/api/v1/plans", operationID: "createPlan", summary: "Create a strategic plan with dated goals.",
            tag: "promotion", requestBody: .json(schema: "Plan"),
            responses: [201: "Plan", 400: "Error", 401: "Error", 403: "Error", 415: "Error"]),
        APIOperation(
            method: .get, path: "/api/v1/plans/{id}", operationID: "getPlan", summary: "A plan with its implementation schemes and their tasks.",
            tag: "promotion", parameters: [.pathParameter("id", "plan id")], responses: [200: "PlanDetail", 401: "Error", 403: "Error", 404: "Error"]),
        APIOperation(
            method: .post, path: "/api/v1/plans/{id}/schemes", operationID: "createScheme",
            summary: "Add an implementation scheme that breaks one measure into tasks (lead unit, co-units, deadline, deliverable).",
            tag: "promotion", parameters: [.pathParameter("id", "plan id")], requestBody: .json(schema: "Scheme"),
            responses: [201: "Scheme", 400: "Error", 401: "Error", 403: "Error", 404: "Error", 415: "Error"]),
        APIOperation(
            method: .put, path: "/api/v1/plans/{id}", operationID: "updatePlan",
            summary: "Change a plan's titles, years and goals (its region and policy stay as created).",
            tag: "promotion", parameters: [.pathParameter("id", "plan id")], requestBody: .json(schema: "Plan"),
            responses: [200: "Plan", 400: "Error", 401: "Error", 403: "Error", 404: "Error", 415: "Error"]),
        APIOperation(
            method: .put, path: "/api/v1/schemes/{id}", operationID: "updateScheme",
            summary: "Change a scheme's measure and titles (its tasks change one by one).",
            tag: "promotion", parameters: [.pathParameter("id", "scheme id")], requestBody: .json(schema: "Scheme"),
            responses: [200: "Scheme", 400: "Error", 401: "Error", 403: "Error", 404: "Error", 415: "Error"]),
        APIOperation(
            method: .post, path: "/api/v1/schemes/{id}/tasks", operationID: "addTask", summary: "Add a task to a scheme; it starts planned.",
            tag: "promotion", parameters: [.pathParameter("id", "scheme id")], requestBody: .json(schema: "Task"),
            responses: [201: "Task", 400: "Error", 401: "Error", 403: "Error", 404: "Error", 415: "Error"]),
        APIOperation(
            method: .put, path: "/api/v1/tasks/{id}", operationID: "updateTask",
            summary: "Change a task's titles, lead and co-operating units, deadline and deliverable (its status moves through /status).",
            tag: "promotion", parameters: [.pathParameter("id", "task id")], requestBody: .json(schema: "Task"),
            responses: [200: "Task", 400: "Error", 401: "Error", 403: "Error", 404: "Error", 415: "Error"]),
        APIOperation(
            method: .post, path: "/api/v1/tasks/{id}/status", operationID: "setTaskStatus",
            summary: "Move a task: planned → in_progress → done (with the day) or cancelled.",
            tag: "promotion", parameters: [.pathParameter("id", "task id")], requestBody: .json(schema: "TaskStatusChange"),
            responses: [200: "Task", 400: "Error", 401: "Error", 403: "Error", 404: "Error", 409: "Error"]),
        APIOperation(
            method: .get, path: "/api/v1/projects", operationID: "listProjects",
            summary: "The project library inside the caller's scope, with flags, a page at a time.",
            tag: "promotion",
            parameters: [
                .queryParameter("region", "this region and everything below it"),
                .queryParameter("stage", "reserve, preparation, under_construction, completed or accepted"),
                .queryParameter("type", "project type"), .queryParameter("unit", "lead unit"),
                .queryParameter("policy", "policy id (default the built-in one)"),
                .queryParameter("measure", "measure number", type: "integer"), .queryParameter("limit", "1–1000, default 100", type: "integer"),
                .queryParameter("offset", "skip this many", type: "integer"),
            ],
            responses: [200: "ProjectPage", 400: "Error", 401: "Error", 403: "Error"]),
        APIOperation(
            method: .post, path: "/api/v1/projects", operationID: "saveProjects",
            summary:
                "Create or update projects (one object or an array, matched by code). Renewal projects should cite ledger problems; projects reaching completed hand their problems to the ledger as solved.",
            tag: "promotion", requestBody: .json(schema: "Project"),
            responses: [201: "ProjectViewList", 400: "Error", 401: "Error", 403: "Error", 413: "Error", 415: "Error"]),
        APIOperation(
            method: .get, path: "/api/v1/projects/export", operationID: "exportProjects",
            summary: "The project library as CSV or XLSX in the import columns.",
            tag: "promotion",
            parameters: [
                .queryParameter("format", "csv (default) or xlsx"), .queryParameter("region", "this region and everything below it"),
                .queryParameter("stage", "stage"),
                .queryParameter("type", "project type"),
            ],
            responses: [200: nil, 400: "Error", 401: "Error", 403: "Error"], responseContentType: "text/csv"),
        APIOperation(
            method: .post, path: "/api/v1/projects/import", operationID: "importProjects",
            summary:
                "Import the project library from CSV or XLSX; every problem comes back with its line or row and column and nothing is written, unless acceptValid=true.",
            tag: "promotion",
            parameters: [
                .queryParameter("fileName", "the file's name, recorded"),
                .queryParameter("acceptValid", "true: save the good rows and report the bad ones"),
                .queryParameter(
                    "marked",
                    "1: a refused file comes back as XLSX (status 422) with its bad cells filled red and the messages in an added last column",
                    type: "boolean"),
            ],
            requestBody: .csv,
            responses: [
                200: "ProjectImportOutcome", 201: "ProjectImportOutcome", 400: "Error", 401: "Error", 403: "Error", 413: "Error", 415: "Error",
                422: nil,
            ], fileResponses: [422: TableUpload.xlsxType]),
        APIOperation(
            method: .get, path: "/api/v1/imports/templates/{file}", operationID: "getImportTemplate",
            summary:
                "The XLSX template of an import (indicator-values.xlsx, projects.xlsx, lifeline-sensors.xlsx, major-hazards.xlsx or cases.xlsx) in the request's language: headers, drop-down lists of the regions, indicators, project types and stages, sensor quantities and assets, units, substances and case categories in use, date- and date-time-formatted columns and an instructions sheet.",
            tag: "promotion",
            parameters: [.pathParameter("file", "indicator-values.xlsx, projects.xlsx, lifeline-sensors.xlsx, major-hazards.xlsx or cases.xlsx")],
            responses: [200: nil, 401: "Error", 403: "Error", 404: "Error"],
            responseContentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        APIOperation(
            method: .get, path: "/api/v1/projects/{id}", operationID: "getProject", summary: "One project with its flags.",
            tag: "promotion", parameters: [.pathParameter("id", "project id")],
            responses: [200: "ProjectView", 401: "Error", 403: "Error", 404: "Error"]),
        APIOperation(
            method: .post, path: "/api/v1/projects/{id}/stage", operationID: "moveProject",
            summary: "Move a project one stage along its lifecycle (reserve → preparation → under_construction → completed → accepted) or back one.",
            tag: "promotion", parameters: [.pathParameter("id", "project id")], requestBody: .json(schema: "StageChange"),
            responses: [200: "ProjectView", 400: "Error", 401: "Error", 403: "Error", 404: "Error", 409: "Error"]),
        APIOperation(
            method: .get, path: "/api/v1/projects/{id}/reports", operationID: "listProgressReports",
            summary: "A project's progress reports, newest first (404 when the project does not exist or lies outside the scope).",
            tag: "promotion", parameters: [.pathParameter("id", "project id")],
            responses: [200: "ProgressReportList", 401: "Error", 403: "Error", 404: "Error"]),
        APIOperation(
            method: .post, path: "/api/v1/projects/{id}/reports", operationID: "addProgressReport",
            summary: "File a progress report (percentage, narrative, photo metadata).",
            tag: "promotion", parameters: [.pathParameter("id", "project id")], requestBody: .json(schema: "ProgressReport"),
            responses: [201: "ProgressReport", 400: "Error", 401: "Error", 403: "Error", 404: "Error", 415: "Error"]),
        APIOperation(
            method: .get, path: "/api/v1/measures/status", operationID: "measureStatus",
            summary:
                "Each measure's implementation status in a region: tasks, projects by stage, budget and investment, mean progress, late projects, indicator trend.",
            tag: "promotion",
            parameters: [
                .queryParameter("policy", "policy id (default the built-in one)"), .queryParameter("region", "region (default the policy's)"),
            ],
            responses: [200: "MeasureStatusReport", 400: "Error", 401: "Error", 403: "Error", 404: "Error"]),
        APIOperation(
            method: .get, path: "/api/v1/promotion/delays", operationID: "delays",
            summary: "Overdue tasks, late projects, overdue milestones and cost overruns by lead unit and by region.",
            tag: "promotion", parameters: [.queryParameter("region", "this region and everything below it")],
            responses: [200: "DelayReport", 400: "Error", 401: "Error", 403: "Error"]),
        APIOperation(
            method: .get, path: "/api/v1/reports/progress", operationID: "progressReport",
            summary: "The progress report for reporting upward: self-contained, print-ready HTML in zh-Hans or English.",
            tag: "promotion",
            parameters: [
                .queryParameter("region", "region (default the policy's)"), .queryParameter("year", "year (default this year)", type: "integer"),
                .queryParameter("lang", "zh-Hans, en or ug"),
            ],
            responses: [200: nil, 400: "Error", 401: "Error", 403: "Error", 404: "Error"], responseContentType: "text/html"),
        APIOperation(
            method: .get, path: "/api/v1/case-categories", operationID: "caseTaxonomy",
            summary:
                "The case taxonomy: hotline request types and the digital city management component and event classes, with their deadline rules.",
            tag: "cases", responses: [200: "CaseTaxonomy"]),
        APIOperation(
            method: .put, path: "/api/v1/case-categories", operationID: "replaceCaseTaxonomy",
            summary: "Load a taxonomy (the shape GET returns), validated: unique codes, parents that exist, deadline rules. Administrators only.",
            tag: "cases", requestBody: .json(schema: "CaseTaxonomy"),
            responses: [200: nil, 400: "Error", 401: "Error", 403: "Error", 413: "Error", 415: "Error"]),
        APIOperation(
            method: .get, path: "/api/v1/calendars", operationID: "listCalendars",
            summary:
                "The working calendars in use: built-in and loaded national years, regional layers and office hours, with a warning when the national calendar runs out within 60 days.",
            tag: "cases", responses: [200: "CalendarListing", 401: "Error", 403: "Error"]),
        APIOperation(
            method: .put, path: "/api/v1/calendars", operationID: "loadCalendar",
            summary:
                "Load a calendar file (docs/calendars.md): a national year or a regional layer with its office hours, checked as a whole; nothing is loaded when anything is wrong. Administrators only.",
            tag: "cases", requestBody: .json(schema: "CalendarFile"),
            responses: [200: "CalendarListing", 400: "Error", 401: "Error", 403: "Error", 413: "Error", 415: "Error"]),
        APIOperation(
            method: .post, path: "/api/v1/cases", operationID: "submitCase",
            summary:
                "Register a citizen request or a city event; routed to the responsible unit when a rule applies (its deadline clock starts then).",
            tag: "cases", requestBody: .json(schema: "CaseInput"),
            responses: [201: "Case", 400: "Error", 401: "Error", 403: "Error", 413: "Error", 415: "Error"]),
        APIOperation(
            method: .get, path: "/api/v1/cases", operationID: "listCases",
            summary: "Cases in the caller's scope (a unit sees only its own), newest first.",
            tag: "cases",
            parameters: [
                .queryParameter("status", "comma list of statuses"), .queryParameter("unit", "responsible or handling unit"),
                .queryParameter("region", "this region and below"), .queryParameter("category", "comma list of categories"),
                .queryParameter("supervised", "true: only cases under supervision"), .queryParameter("limit", "1–1000, default 100", type: "integer"),
                .queryParameter("offset", "skip this many", type: "integer"),
            ],
            responses: [200: "CasePage", 400: "Error", 401: "Error", 403: "Error"]),
        APIOperation(
            method: .get, path: "/api/v1/cases/metrics", operationID: "caseMetrics",
            summary:
                "Response, resolution and satisfaction rates (三率: over valid follow-up visits, satisfaction over rated ones) and their composite (weights from the settings), closure, on-time closure and rework rates, mean and median handling time, with unreached calls, merged, not-responsible and cancelled cases counted apart, by unit, region, category or all, per month or over a range; read from rollups kept on every write.",
            tag: "cases",
            parameters: [
                .queryParameter("by", "unit (default), region, category or all"), .queryParameter("from", "first month, YYYY-MM"),
                .queryParameter("to", "last month, YYYY-MM"), .queryParameter("monthly", "true: one row per month"),
            ],
            responses: [200: "CaseMetricsList", 400: "Error", 401: "Error", 403: "Error"]),
        APIOperation(
            method: .get, path: "/api/v1/cases/hotspots", operationID: "caseHotspots",
            summary: "The most frequent category × region pairs over a span of months: candidates for the month's topic (每月一题).",
            tag: "cases", parameters: [.queryParameter("from", "YYYY-MM"), .queryParameter("to", "YYYY-MM")],
            responses: [200: "HotspotList", 400: "Error", 401: "Error", 403: "Error"]),
        APIOperation(
            method: .put, path: "/api/v1/routing-rules", operationID: "setRoutingRule",
            summary: "Which unit handles a category in a region (and below; region empty for everywhere).", tag: "cases",
            requestBody: .json(schema: "RoutingRule"), responses: [200: "RoutingRule", 400: "Error", 401: "Error", 403: "Error", 415: "Error"]),
        APIOperation(
            method: .get, path: "/api/v1/case-units", operationID: "listCaseUnits",
            summary: "The register of units cases are dispatched to: names in each language, region, categories handled, supervisor.",
            tag: "cases", responses: [200: "CaseUnitList", 401: "Error", 403: "Error"]),
        APIOperation(
            method: .put, path: "/api/v1/case-units", operationID: "saveCaseUnit",
            summary: "Add a unit to the register or replace the one of the same (zh-Hans) name.", tag: "cases",
            requestBody: .json(schema: "CaseUnit"), responses: [200: "CaseUnit", 400: "Error", 401: "Error", 403: "Error", 415: "Error"]),
        APIOperation(
            method: .delete, path: "/api/v1/case-units/{name}", operationID: "removeCaseUnit",
            summary:
                "Remove a unit from the register; answers the unit removed. 409 case_unit_in_use while open cases, routing rules or users still name it.",
            tag: "cases", parameters: [.pathParameter("name", "the unit's (zh-Hans) name, percent-encoded")],
            responses: [200: "CaseUnit", 401: "Error", 403: "Error", 404: "Error", 409: "Error"]),
        APIOperation(
            method: .get, path: "/api/v1/cases/{id}", operationID: "getCase",
            summary: "One case (the reporter's contact only for roles that work cases).",
            tag: "cases", parameters: [.pathParameter("id", "case id")], responses: [200: "Case", 401: "Error", 403: "Error", 404: "Error"]),
        APIOperation(
            method: .get, path: "/api/v1/cases/{id}/events", operationID: "caseHistory", summary: "The steps a case went through, oldest first.",
            tag: "cases", parameters: [.pathParameter("id", "case id")], responses: [200: "CaseEventList", 401: "Error", 403: "Error", 404: "Error"]),
        APIOperation(
            method: .post, path: "/api/v1/cases/{id}/events", operationID: "moveCase",
            summary:
                "Take a step of the loop: dispatch, cancel, accept, return, report_back, verify_pass, verify_fail, follow_up, evaluate, reopen, supervise, whistle, recategorise. A step the state does not allow gets 409.",
            tag: "cases", parameters: [.pathParameter("id", "case id")], requestBody: .json(schema: "CaseEventInput"),
            responses: [200: "Case", 400: "Error", 401: "Error", 403: "Error", 404: "Error", 409: "Error"]),
        APIOperation(
            method: .get, path: "/api/v1/cases/{id}/duplicates", operationID: "caseDuplicates",
            summary: "Open cases of the same category near in place and time, offered for merging.", tag: "cases",
            parameters: [.pathParameter("id", "case id")], responses: [200: "CaseList", 401: "Error", 403: "Error", 404: "Error"]),
        APIOperation(
            method: .post, path: "/api/v1/cases/{id}/merge", operationID: "mergeCases", summary: "Close duplicates together with this case.",
            tag: "cases", parameters: [.pathParameter("id", "case id")], requestBody: .json(schema: "MergeInput"),
            responses: [200: "CaseList", 400: "Error", 401: "Error", 403: "Error", 404: "Error", 409: "Error"]),
        APIOperation(
            method: .get, path: "/api/v1/cases/{id}/photos/{photo}", operationID: "getCasePhoto",
            summary:
                "A photo of a case, as stored (JPEG, PNG or WebP, its location removed unless the reporter chose to share it), with Cache-Control: private. Served to staff who may read the case within their scope, and to anyone when the case is public by the taxonomy's visibility settings; otherwise 404, as for a photo that does not exist.",
            tag: "cases", parameters: [.pathParameter("id", "case id"), .pathParameter("photo", "photo id")],
            responses: [200: nil, 404: "Error"], responseContentType: "image/jpeg"),
        APIOperation(
            method: .post, path: "/api/v1/cases/{id}/photos", operationID: "addCasePhoto",
            summary:
                "Add a photo to a case within the caller's scope: multipart/form-data with the file as `media` (JPEG, PNG or WebP by its bytes; at most casePhotoMaxBytes) and share_location=true to keep its location. 413 case_photo_too_large, 415 case_photo_not_image; audited as case.photo_added.",
            tag: "cases", parameters: [.pathParameter("id", "case id")],
            requestBody: .multipart(file: "media", fields: ["share_location"], orForm: false),
            responses: [201: "CasePhoto", 401: "Error", 403: "Error", 404: "Error", 413: "Error", 415: "Error"]),
        APIOperation(
            method: .get, path: "/open311/v2/{resource}", operationID: "open311Resource",
            summary:
                "Open311 GeoReport v2: discovery.{xml|json}, services.{xml|json}, requests.{xml|json} (filters service_request_id, service_code, start_date, end_date, status), and the servicerequestupdates.{xml|json} extension (start_date, end_date). What the public sees follows the taxonomy's visibility settings (no reporter contact ever; redacted cases without description or place; hidden ones left out); service_request_id is a string.",
            tag: "open311", parameters: [.pathParameter("resource", "discovery.json, services.xml, requests.json, servicerequestupdates.json …")],
            responses: [200: nil, 400: nil, 404: nil], responseContentType: "text/xml"),
        APIOperation(
            method: .post, path: "/open311/v2/{resource}", operationID: "open311Submit",
            summary:
                "Open311 POST requests.{xml|json}: a form-encoded service request with api_key (an Oasis API token with submit permission); or, as FixMyStreet's extension, multipart/form-data with a photo as `media` (and share_location=true to keep its location), checked before the case is registered (413 or 415 naming media) and given as the request's media_url.",
            tag: "open311", parameters: [.pathParameter("resource", "requests.json or requests.xml")],
            requestBody: .multipart(
                file: "media", fields: ["api_key", "service_code", "lat", "long", "description", "share_location"], orForm: true),
            responses: [200: nil, 400: nil, 403: nil, 404: nil, 413: nil, 415: nil], responseContentType: "text/xml"),
        APIOperation(
            method: .get, path: "/open311/v2/services/{file}", operationID: "open311Definition",
            summary: "Open311 service definition: services/{code}.{xml|json}.",
            tag: "open311", parameters: [.pathParameter("file", "CODE.json or CODE.xml")], responses: [200: nil, 404: nil],
            responseContentType: "text/xml"),
        APIOperation(
            method: .get, path: "/open311/v2/requests/{file}", operationID: "open311Request",
            summary: "Open311 one service request: requests/{id}.{xml|json}; 404 for a case hidden from the public.",
            tag: "open311", parameters: [.pathParameter("file", "ID.json or ID.xml")], responses: [200: nil, 404: nil],
            responseContentType: "text/xml"),
        APIOperation(
            method: .get, path: "/open311/v2/tokens/{file}", operationID: "open311Token",
            summary: "Open311 service request id from a token: tokens/{token}.{xml|json}.",
            tag: "open311", parameters: [.pathParameter("file", "TOKEN.json or TOKEN.xml")], responses: [200: nil, 404: nil],
            responseContentType: "text/xml"),
        APIOperation(
            method: .get, path: "/ogc", operationID: "ogcLanding",
            summary: "OGC API — Features landing page: links to this definition, the conformance classes and the collections.",
            tag: "ogc-features", parameters: [.queryParameter("f", "json (the only encoding)")], responses: [200: nil, 400: "Error"]),
        APIOperation(
            method: .get, path: "/ogc/conformance", operationID: "ogcConformance", summary: "The conformance classes met: Part 1 Core and GeoJSON.",
            tag: "ogc-features", parameters: [.queryParameter("f", "json (the only encoding)")], responses: [200: nil, 400: "Error"]),
        APIOperation(
            method: .get, path: "/ogc/collections", operationID: "ogcCollections",
            summary: "The spatial layers as collections: facilities and shelters for anyone; residences and access results for signed-in readers.",
            tag: "ogc-features", parameters: [.queryParameter("f", "json (the only encoding)")], responses: [200: nil, 400: "Error"]),
        APIOperation(
            method: .get, path: "/ogc/collections/{collectionId}", operationID: "ogcCollection", summary: "One collection with its extent.",
            tag: "ogc-features",
            parameters: [
                .pathParameter("collectionId", "facilities, residences, shelters, communities or access"),
                .queryParameter("f", "json (the only encoding)"),
            ],
            responses: [200: nil, 400: "Error", 404: "Error"]),
        APIOperation(
            method: .get, path: "/ogc/collections/{collectionId}/items", operationID: "ogcItems",
            summary: "A page of the collection's features as GeoJSON, with numberMatched, numberReturned and next/prev links.",
            tag: "ogc-features",
            parameters: [
                .pathParameter("collectionId", "facilities, residences, shelters, communities or access"),
                .queryParameter("limit", "1–10000 features (larger is taken as 10000; default 10)", type: "integer"),
                .queryParameter("offset", "features to skip (from 0)", type: "integer"),
                .queryParameter("bbox", "minLon,minLat,maxLon,maxLat in CRS84 (six numbers with heights are accepted)"),
                .queryParameter("datetime", "RFC 3339 instant or interval; the layers carry no time, so every feature matches"),
                .queryParameter("f", "json (the only encoding)"),
            ],
            responses: [200: nil, 400: "Error", 401: "Error", 403: "Error", 404: "Error"], responseContentType: "application/geo+json"),
        APIOperation(
            method: .get, path: "/ogc/collections/{collectionId}/items/{featureId}", operationID: "ogcItem",
            summary: "One feature as GeoJSON with its links.",
            tag: "ogc-features",
            parameters: [
                .pathParameter("collectionId", "facilities, residences, shelters, communities or access"),
                .pathParameter("featureId", "the feature's id"),
                .queryParameter("f", "json (the only encoding)"),
            ],
            responses: [200: nil, 400: "Error", 401: "Error", 403: "Error", 404: "Error"], responseContentType: "application/geo+json"),
    ]
}
