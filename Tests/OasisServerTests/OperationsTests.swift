import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import OasisServer
import OasisServices
import OasisStore
import OasisTestSupport
import Testing

@Suite("Health, readiness, metrics and the OpenAPI document")
struct OperationsTests {
    @Test("health and readiness report the store", arguments: TestStoreKind.available)
    func health(kind: TestStoreKind) async throws {
        try await Harness.run(kind) { app in
            let health = try await app.request(.get, "/healthz")
            #expect(health.status == .ok)
            #expect(try health.json()["status"] as? String == "ok")
            let ready = try await app.request(.get, "/readyz")
            #expect(ready.status == .ok)
            #expect(try ready.json()["store"] as? String == kind.rawValue)
        }
    }

    @Test("metrics count requests, errors and latencies in Prometheus format")
    func metrics() async throws {
        try await Harness.run { app in
            _ = try await app.request(.get, "/api/v1/regions")
            _ = try await app.request(.get, "/api/v1/nope")
            let metrics = try await app.request(.get, "/metrics")
            #expect(metrics.status == .ok)
            #expect(metrics.headers[.contentType]?.hasPrefix("text/plain") == true)
            let text = metrics.text
            #expect(text.contains(#"hb_requests{http_route="/api/v1/regions",http_request_method="GET",http_response_status_code="200"}"#))
            #expect(text.contains(#"http_server_request_duration_bucket{http_route="/api/v1/regions""#))
            #expect(text.contains(#"hb_request_errors{http_route="NotFound",http_request_method="GET",error_type="404"} "#))
        }
    }

    @Test("a refused request is counted with the status the client got, not as a server error")
    func metricsOfRefusals() async throws {
        try await Harness.run { app in
            let refused = try await app.request(.get, "/ogc/collections/facilities/items?limit=ten")
            #expect(refused.status == .badRequest)
            let text = try await app.request(.get, "/metrics").text
            let route = #"http_route="/ogc/collections/{collectionId}/items",http_request_method="GET""#
            // The registry is one per process and other tests refuse items queries at the same time: at least this one.
            #expect(Self.count(in: text, #"hb_requests{"# + route + #",http_response_status_code="400"}"#) >= 1)
            #expect(Self.count(in: text, #"hb_request_errors{"# + route + #",error_type="400"}"#) >= 1)
            #expect(!text.contains(#"hb_requests{"# + route + #",http_response_status_code="500"}"#))
        }
    }

    @Test("each request is logged once with its path, final status and the user who made it")
    func requestLog() async throws {
        let lines = CapturedLog.Lines()
        let logger = Logger(label: "test") { _ in CapturedLog(lines: lines) }
        try await Harness.run(logger: logger) { app in
            let read = try await app.request(.get, "/api/v1/regions", token: app.analystToken)
            let missing = try await app.request(.get, "/api/v1/regions/999999", token: app.analystToken)
            let anonymous = try await app.request(.get, "/api/v1/users")
            #expect([read.status, missing.status, anonymous.status] == [.ok, .notFound, .unauthorized])
        }
        let requests = lines.all.filter { $0.message == "request" }
        let seen = requests.map { "\($0.metadata["path"] ?? "") \($0.metadata["status"] ?? "") \($0.metadata["user"] ?? "")" }
        #expect(seen == ["/api/v1/regions 200 analyst", "/api/v1/regions/999999 404 analyst", "/api/v1/users 401 anonymous"])
        #expect(requests.allSatisfy { $0.metadata["hb.request.id"] != nil })
    }

    @Test("the OpenAPI document names exactly the JSON routes the router has")
    func openAPIMatchesRouter() async throws {
        let store = try await TestStore.make(.sqlite)
        let opened = try await Store.open(store.location, logger: TestStore.logger)
        let router = OasisApplication.buildRouter(store: opened, configuration: ServerConfiguration())
        let routed = Set(
            router.routes.compactMap { route -> String? in
                let path = route.path.description
                let openAPIPath =
                    "/" + path.split(separator: "/").map { $0.hasPrefix(":") ? "{\($0.dropFirst())}" : String($0) }.joined(separator: "/")
                return OasisApplication.isJSONRoute(openAPIPath) ? "\(route.method.rawValue) \(openAPIPath)" : nil
            })
        let app = Application(router: router)
        let documented: Set<String> = try await app.test(.router) { client in
            let response = try await client.execute(uri: "/openapi.json", method: .get)
            let document = try #require(try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any])
            #expect(document["openapi"] as? String == "3.1.0")
            let paths = try #require(document["paths"] as? [String: [String: Any]])
            return Set(paths.flatMap { path, operations in operations.keys.map { "\($0.uppercased()) \(path)" } })
        }
        await opened.close()
        await store.remove()
        #expect(routed.subtracting(documented).isEmpty, "routes missing from /openapi.json: \(routed.subtracting(documented).sorted())")
        #expect(documented.subtracting(routed).isEmpty, "documented routes that do not exist: \(documented.subtracting(routed).sorted())")
        #expect(routed.count >= 14)
    }

    /// The value of one series in Prometheus text, 0 when it is absent.
    static func count(in text: String, _ series: String) -> Int {
        for line in text.split(separator: "\n") where line.hasPrefix(series + " ") {
            return Int(line.dropFirst(series.count + 1)) ?? 0
        }
        return 0
    }
}
