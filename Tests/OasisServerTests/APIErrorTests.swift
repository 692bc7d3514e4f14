import Foundation
import HTTPTypes
import HummingbirdTesting
import OasisCore
import OasisServer
import OasisServices
import OasisTestSupport
import Testing

@Suite("API errors: one JSON shape, the right status, naming the field")
struct APIErrorTests {
    @Test("an unknown route is a 404 in the JSON error shape with a request id")
    func unknownRoute() async throws {
        try await Harness.run { app in
            let response = try await app.request(.get, "/api/v1/nothing-here")
            #expect(response.status == .notFound)
            let error = try #require(try response.json()["error"] as? [String: Any])
            #expect(error["code"] as? String == "not_found")
            #expect((error["message"] as? String)?.isEmpty == false)
            #expect(error["details"] is [Any])
            #expect(response.headers[.init("X-Request-Id")!] == error["requestId"] as? String)
        }
    }

    @Test("malformed JSON is a 400 that says what is wrong")
    func malformedJSON() async throws {
        try await Harness.run { app in
            let response = try await app.request(.post, "/api/v1/users", token: app.adminToken, json: #"{"username": "x", "#)
            #expect(response.status == .badRequest)
            #expect(try response.errorCode() == "invalid_json")
        }
    }

    @Test("a wrong type or a missing field is a 400 naming the field")
    func wrongTypes() async throws {
        try await Harness.run { app in
            let wrongType = try await app.request(
                .post, "/api/v1/users", token: app.adminToken,
                json: #"{"username": 5, "role": "analyst", "password": "long-enough-1"}"#)
            #expect(wrongType.status == .badRequest)
            #expect(try wrongType.errorDetails().first?["field"] as? String == "username")
            let missing = try await app.request(.post, "/api/v1/users", token: app.adminToken, json: #"{"username": "newbie", "role": "analyst"}"#)
            #expect(try missing.errorDetails().first?["field"] as? String == "password")
            let badRole = try await app.request(
                .post, "/api/v1/users", token: app.adminToken,
                json: #"{"username": "newbie", "role": "mayor", "password": "long-enough-1"}"#)
            #expect(badRole.status == .badRequest)
            #expect(try badRole.errorDetails().first?["field"] as? String == "role")
        }
    }

    @Test("the wrong content type is a 415")
    func wrongContentType() async throws {
        try await Harness.run { app in
            let response = try await app.request(
                .post, "/api/v1/users", token: app.adminToken,
                body: "username=x", contentType: "application/x-www-form-urlencoded")
            #expect(response.status == .unsupportedMediaType)
            #expect(try response.errorCode() == "unsupported_media_type")
            let csv = try await app.request(.post, "/api/v1/regions/import", token: app.adminToken, json: "{}")
            #expect(csv.status == .unsupportedMediaType)
        }
    }

    @Test("an oversized body is a 413")
    func oversized() async throws {
        try await Harness.run(configure: { $0.maxBodyBytes = 1024 }) { app in
            let big = #"{"username": "x", "role": "analyst", "password": ""# + String(repeating: "a", count: 5000) + #""}"#
            let response = try await app.request(.post, "/api/v1/users", token: app.adminToken, json: big)
            #expect(response.status == .contentTooLarge)
            #expect(try response.errorCode() == "body_too_large")
        }
    }

    @Test("no credentials or a bad token is a 401; a missing permission is a 403")
    func authorisation() async throws {
        try await Harness.run { app in
            let anonymous = try await app.request(.get, "/api/v1/users")
            #expect(anonymous.status == .unauthorized)
            #expect(try anonymous.errorCode() == "unauthenticated")
            let badToken = try await app.request(.get, "/api/v1/users", token: "oas_not-a-real-token")
            #expect(badToken.status == .unauthorized)
            let basic = try await app.request(.get, "/api/v1/me", headers: [.authorization: "Basic YWRtaW46eA=="])
            #expect(basic.status == .unauthorized)
            let analyst = try await app.request(
                .post, "/api/v1/users", token: app.analystToken,
                json: #"{"username": "x1", "role": "analyst", "password": "long-enough-1"}"#)
            #expect(analyst.status == .forbidden)
            #expect(try analyst.errorCode() == "forbidden")
        }
    }

    @Test("an invalid query parameter is a 400 naming the parameter")
    func badParameter() async throws {
        try await Harness.run { app in
            let level = try await app.request(.get, "/api/v1/regions?level=planet")
            #expect(level.status == .badRequest)
            #expect(try level.errorDetails().first?["field"] as? String == "level")
            let code = try await app.request(.get, "/api/v1/regions/65")
            #expect(code.status == .badRequest)
            let limit = try await app.request(.get, "/api/v1/audit?limit=0", token: app.adminToken)
            #expect(limit.status == .badRequest)
        }
    }
}
