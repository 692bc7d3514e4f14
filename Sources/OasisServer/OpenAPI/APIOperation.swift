import HTTPTypes
import OasisServices

/// One documented route: what `/openapi.json` says about it.
struct APIOperation: Sendable {
    enum Body: Sendable {
        case json(schema: String)
        case csv
        case form
        /// Plain text in the given content type (InfluxDB line protocol).
        case text(contentType: String)
        /// A multipart/form-data form with one file part (`file`), and its other fields; `orForm` when the same form
        /// may come url-encoded without the file.
        case multipart(file: String, fields: [String], orForm: Bool)
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
    /// Answers whose body is a file rather than JSON, status → content type (a refused import given back marked, as XLSX).
    var fileResponses: [Int: String] = [:]

    /// The content types of the non-JSON answers: Open311's routes answer XML or JSON, as the file name's extension asks.
    var responseContentTypes: [String] { responseContentType == "text/xml" ? ["text/xml", "application/json"] : [responseContentType] }

    /// The answers, with the refusals every route that reads the request can give: 400 for a path parameter, a query
    /// parameter or a body it cannot use (the edge also refuses a path that is not canonical), and 415 for a body in
    /// another content type.
    var documentedResponses: [Int: String?] {
        var all = responses
        // A photo's route and an event stream refuse in JSON, like the JSON routes (a stream is refused before it starts).
        let error: String? =
            ["application/json", "text/event-stream"].contains(responseContentType) || responseContentType.hasPrefix("image/") ? "Error" : nil
        if (path.contains("{") || !parameters.isEmpty || requestBody != nil) && all[400] == nil { all[400] = error }
        if requestBody != nil && all[415] == nil { all[415] = error }
        return all
    }
}

extension JSONValue {
    static func pathParameter(_ name: String, _ description: String) -> JSONValue {
        ["name": .string(name), "in": "path", "required": true, "description": .string(description), "schema": ["type": "string"]]
    }

    static func queryParameter(_ name: String, _ description: String, type: String = "string") -> JSONValue {
        ["name": .string(name), "in": "query", "required": false, "description": .string(description), "schema": ["type": .string(type)]]
    }
}
