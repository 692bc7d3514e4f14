import HTTPTypes
import OasisServices

/// Builds the OpenAPI 3.1 document of Oasis from `APICatalogue` and `APISchemas`.
enum OpenAPIDocument {
    static func build(version: String) -> JSONValue {
        var paths: [String: JSONValue] = [:]
        for operation in APICatalogue.operations {
            var item: [String: JSONValue] = [:]
            if case .object(let existing) = paths[operation.path] ?? .null { item = existing }
            item[operation.method.rawValue.lowercased()] = describe(operation)
            paths[operation.path] = .object(item)
        }
        return [
            "openapi": "3.1.0",
            "info": [
                "title": "Oasis (绿洲) API",
                "version": .string(version),
                "description":
                    "Platform for high-quality urban development: regions, identity and audit (foundation). Errors always have the shape {\"error\":{\"code\",\"message\",\"details\"}}.",
                "license": ["name": "Apache-2.0", "identifier": "Apache-2.0"],
            ],
            "servers": [["url": "/"]],
            "paths": .object(paths),
            "components": [
                "schemas": .object(APISchemas.all),
                "securitySchemes": [
                    "bearer": [
                        "type": "http", "scheme": "bearer", "description": "API token from `oasis user token` or POST /api/v1/users/{id}/tokens",
                    ],
                    "session": ["type": "apiKey", "in": "cookie", "name": "oasis_session"],
                ],
            ],
        ]
    }

    static func describe(_ operation: APIOperation) -> JSONValue {
        var responses: [String: JSONValue] = [:]
        for (status, schema) in operation.documentedResponses {
            var response: [String: JSONValue] = ["description": .string(Self.reason(status))]
            if let file = operation.fileResponses[status] {
                response["content"] = [file: ["schema": ["type": "string", "format": "binary"]]]
            } else if let schema {
                response["content"] = ["application/json": ["schema": ["$ref": .string("#/components/schemas/\(schema)")]]]
            } else if status == 304 {
                // No body.
            } else {
                response["content"] = .object(
                    Dictionary(
                        uniqueKeysWithValues: operation.responseContentTypes.map { type -> (String, JSONValue) in
                            (type, ["schema": type == "application/json" ? .object([:]) : ["type": "string"]])
                        }))
            }
            responses[String(status)] = .object(response)
        }
        var object: [String: JSONValue] = [
            "operationId": .string(operation.operationID),
            "summary": .string(operation.summary),
            "tags": [.string(operation.tag)],
            "responses": .object(responses),
        ]
        if !operation.parameters.isEmpty { object["parameters"] = .array(operation.parameters) }
        if RouteCatalogue.requiresSignIn(operation.method, operation.path) { object["security"] = [["bearer": []], ["session": []]] }
        switch operation.requestBody {
        case .json(let schema):
            object["requestBody"] = [
                "required": true, "content": ["application/json": ["schema": ["$ref": .string("#/components/schemas/\(schema)")]]],
            ]
        case .csv:
            object["requestBody"] = ["required": true, "content": ["text/csv": ["schema": ["type": "string"]]]]
        case .form:
            object["requestBody"] = ["required": true, "content": ["application/x-www-form-urlencoded": ["schema": ["type": "object"]]]]
        case .multipart(let file, let fields, let orForm):
            var properties: [String: JSONValue] = [file: ["type": "string", "format": "binary"]]
            for field in fields { properties[field] = ["type": "string"] }
            var content: [String: JSONValue] = ["multipart/form-data": ["schema": ["type": "object", "properties": .object(properties)]]]
            if orForm { content["application/x-www-form-urlencoded"] = ["schema": ["type": "object"]] }
            object["requestBody"] = ["required": true, "content": .object(content)]
        case .text(let contentType):
            object["requestBody"] = ["required": true, "content": [contentType: ["schema": ["type": "string"]]]]
        case nil:
            break
        }
        return .object(object)
    }

    static func reason(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 201: "Created"
        case 304: "Not modified since the ETag given in If-None-Match."
        case 400: "The request is malformed; details name the field, row or line."
        case 401: "Not signed in, or the token is invalid."
        case 403: "The caller's role or scope does not allow this."
        case 404: "No such record."
        case 409: "Conflicts with an existing record."
        case 413: "The body is larger than the server accepts."
        case 415: "The body has the wrong content type."
        case 503: "Not ready: the database does not answer."
        default: "Status \(status)"
        }
    }
}
