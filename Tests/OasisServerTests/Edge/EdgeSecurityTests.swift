import Foundation
import HTTPTypes
import HummingbirdTesting
import Logging
import NIOCore
import OasisCore
import OasisServer
import OasisServices
import OasisStore
import OasisTestSupport
import Testing

@Suite("The edge: canonical paths before CSRF, strict JSON, media types, private responses not cached")
struct EdgeSecurityTests {
    static let rule = #"{"category": "C0101", "region": "653100", "unit": "喀什市城管局"}"#

    @Test("a doubled slash, a dot segment or an encoded slash cannot skip a browser session's CSRF check", arguments: TestStoreKind.available)
    func csrfWithOddPaths(kind: TestStoreKind) async throws {
        try await Harness.run(kind) { app in
            let session = try await app.browserSession()
            let plain = try await app.request(.put, "/api/v1/routing-rules", headers: [.cookie: session.cookies], json: Self.rule)
            #expect(plain.status == .forbidden)
            #expect(try plain.errorCode() == "csrf_failed")
            for path in [
                "//api/v1/routing-rules", "/api//v1/routing-rules", "/api/v1/./routing-rules", "/api/x/../v1/routing-rules",
                "/api/v1%2Frouting-rules",
            ] {
                let odd = try await app.request(.put, path, headers: [.cookie: session.cookies], json: Self.rule)
                #expect(odd.status == .badRequest, "\(path)")
                #expect(try odd.errorCode() == "non_canonical_path", "\(path)")
            }
            #expect(try await app.store.cases.responsibleUnit(category: "C0101", region: "653100") == nil)
            // The same call with the token succeeds at the canonical path: the refusal was the path's, not the rule's.
            let honest = try await app.request(
                .put, "/api/v1/routing-rules", headers: [.cookie: session.cookies, .init("X-CSRF-Token")!: session.csrf],
                json: Self.rule)
            #expect(honest.status == .ok)
        }
    }

    @Test("a GET at a non-canonical path is redirected to the canonical one, keeping the query")
    func redirectsReads() async throws {
        try await Harness.run { app in
            let response = try await app.request(.get, "//api/v1/regions?level=prefecture")
            #expect(response.status == .permanentRedirect)
            #expect(response.headers[.location] == "/api/v1/regions?level=prefecture")
        }
    }

    @Test("JSON with a trailing comma is refused with its line and column, and nothing is written", arguments: TestStoreKind.available)
    func trailingCommas(kind: TestStoreKind) async throws {
        try await Harness.run(kind) { app in
            let body = "{\"category\": \"C0101\", \"region\": \"650100\",\n \"unit\": \"城管局\",\n}"
            let refused = try await app.request(.put, "/api/v1/routing-rules", token: app.adminToken, json: body)
            #expect(refused.status == .badRequest)
            #expect(try refused.errorCode() == "invalid_json")
            let detail = try #require(try refused.errorDetails().first)
            #expect(detail["line"] as? Int == 2 && detail["column"] as? String == "15")
            #expect(try await app.store.cases.responsibleUnit(category: "C0101", region: "650100") == nil)
            let array = try await app.request(.post, "/api/v1/policies", token: app.adminToken, json: #"{"id": "p", "measures": [1, 2,]}"#)
            #expect(array.status == .badRequest)
            #expect(try array.errorCode() == "invalid_json")
        }
    }

    @Test("a boundary must be sent as JSON or GeoJSON, not any content type", arguments: TestStoreKind.available)
    func boundaryMediaType(kind: TestStoreKind) async throws {
        try await Harness.run(kind) { app in
            let square = #"{"type": "Polygon", "coordinates": [[[87.5, 43.7], [87.7, 43.7], [87.7, 43.9], [87.5, 43.9], [87.5, 43.7]]]}"#
            for type in ["text/plain", "application/x-www-form-urlencoded", "application/jsonp"] {
                let refused = try await app.request(.put, "/api/v1/boundaries/650100", token: app.adminToken, body: square, contentType: type)
                #expect(refused.status == .unsupportedMediaType, "\(type)")
            }
            #expect(try await app.store.boundaries.list().isEmpty)
            let accepted = try await app.request(
                .put, "/api/v1/boundaries/650100", token: app.adminToken, body: square, contentType: "application/geo+json")
            #expect(accepted.status == .created)
        }
    }

    @Test("answers that carry personal data say Cache-Control: no-store; public figures do not", arguments: TestStoreKind.available)
    func noStore(kind: TestStoreKind) async throws {
        try await Harness.run(kind) { app in
            let created = try await app.request(
                .post, "/api/v1/cases", token: app.adminToken,
                json: #"{"category": "C0101", "description": "井盖缺失", "region": "650102", "reporter": {"name": "王女士", "phone": "13800000000"}}"#)
            #expect(created.status == .created)
            let id = try #require(try created.json()["id"] as? Int)
            let read = try await app.request(.get, "/api/v1/cases/\(id)", token: app.adminToken)
            #expect(read.text.contains("13800000000"))
            #expect(read.headers[.cacheControl] == "no-store")
            #expect(created.headers[.cacheControl] == "no-store")
            #expect(try await app.request(.get, "/api/v1/me", token: app.adminToken).headers[.cacheControl] == "no-store")
            #expect(try await app.request(.get, "/open311/v2/requests.json").headers[.cacheControl] == "no-store")
            #expect(try await app.request(.get, "/api/v1/regions/650100").headers[.cacheControl] != "no-store")
        }
    }
}

@Suite("Absolute links: the configured public URL, or forwarded host and scheme only from trusted proxies")
struct PublicOriginTests {
    static func discoveryURL(_ response: TestResponse) throws -> String? {
        let document = try #require(try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any])
        return ((document["endpoints"] as? [[String: Any]])?.first)?["url"] as? String
    }

    @Test("a client talking to Oasis directly cannot point its links at another host")
    func directClientIgnored() async throws {
        try await Harness.run(live: true) { app in
            let headers: HTTPFields = [.init("X-Forwarded-Host")!: "evil.example", .init("X-Forwarded-Proto")!: "https"]
            let landing = try await app.request(.get, "/ogc", headers: headers)
            #expect(!landing.text.contains("evil.example"))
            let discovery = try await app.request(.get, "/open311/v2/discovery.json", headers: headers)
            let url = try #require(try Self.discoveryURL(discovery))
            // The request's own Host (the test client's), plain http: neither forwarded header was believed.
            #expect(url.hasPrefix("http://") && !url.contains("evil.example") && url.hasSuffix("/open311/v2"), "\(url)")
        }
    }

    @Test("a trusted proxy's forwarded host and scheme are used; a configured public URL wins over both")
    func proxyAndConfigured() async throws {
        let headers: HTTPFields = [.init("X-Forwarded-Host")!: "oasis.example.gov.cn", .init("X-Forwarded-Proto")!: "https"]
        try await Harness.run(configure: { $0.trustedProxies = ["127.0.0.1", "::1"].compactMap(IPAddressRange.init) }, live: true) { app in
            let discovery = try await app.request(.get, "/open311/v2/discovery.json", headers: headers)
            #expect(try Self.discoveryURL(discovery) == "https://oasis.example.gov.cn/open311/v2")
        }
        try await Harness.run(configure: { $0.publicBaseURL = "https://hotline.urumqi.example" }) { app in
            let discovery = try await app.request(.get, "/open311/v2/discovery.json", headers: headers)
            #expect(try Self.discoveryURL(discovery) == "https://hotline.urumqi.example/open311/v2")
        }
    }

    @Test("a public URL that is not an http(s) origin is refused at start")
    func badPublicURL() {
        for text in ["ftp://x.example", "https://x.example/path", "not a url", "https://x.example?a=1"] {
            var configuration = ServerConfiguration()
            #expect(throws: OasisError.self, "\(text)") { try configuration.apply(PartialServerConfiguration(publicBaseURL: text)) }
        }
    }
}
