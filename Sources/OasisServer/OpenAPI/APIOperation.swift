import HTTPTypes
import OasisServices

/// One documented route: what `/openapi.json` says about it.
struct APIOperation: Sendable {
    enum Body: Sendable {
        case json(schema: String)
        case csv
        case form
    }

    var method: HTTPRequest.Method
    /// OpenAPI path syntax: `/api/v1/regions/{code}`.
    var path: String
    var operationID: String
    var summary: String
    var tag: String
    var parameters: [JSONValue] = []
    var requestBody: Body?
    /// Status → schema name in components, or nil for a non-JSON body described by `responseContentType`.
    var responses: [Int: String?]
    var responseContentType = "application/json"
}

extension JSONValue {
    static func pathParameter(_ name: String, _ description: String) -> JSONValue {
        ["name": .string(name), "in": "path", "required": true, "description": .string(description), "schema": ["type": "string"]]
    }

    static func queryParameter(_ name: String, _ description: String, type: String = "string") -> JSONValue {
        ["name": .string(name), "in": "query", "required": false, "description": .string(description), "schema": ["type": .string(type)]]
    }
}
