import Testing

@testable import OasisServer
@testable import OasisServices

@Suite("Request paths: one canonical spelling before routing and security decisions")
struct CanonicalPathTests {
    @Test(
        "canonical paths pass untouched",
        arguments: [
            "/", "/api/v1/routing-rules", "/regions/650100", "/ogc/collections/facilities/items",
            "/static/oasis.css", "/a/.../b", "/a/b/", "/open311/v2/requests.json", "/a%20b",
        ])
    func canonical(path: String) {
        #expect(CanonicalPath.check(path) == .canonical)
    }

    @Test("empty and dot segments are rewritten to the path the router would have matched")
    func rewritten() {
        let cases: [(String, String?)] = [
            ("//api/v1/routing-rules", "/api/v1/routing-rules"),
            ("/api//v1/routing-rules", "/api/v1/routing-rules"),
            ("/api/v1/./routing-rules", "/api/v1/routing-rules"),
            ("/api/v1/x/../routing-rules", "/api/v1/routing-rules"),
            ("/.", "/"),
            ("/api/v1/..", "/api"),
            ("/regions/650100//", "/regions/650100/"),
        ]
        for (path, expected) in cases {
            #expect(CanonicalPath.check(path) == .rewrite(expected), "\(path)")
        }
    }

    @Test("encoded separators, backslashes and climbs above the root have no safe spelling")
    func refused() {
        for path in ["/api/v1%2Frouting-rules", "/api/v1/%2e%2e/users", "/api/%2E/v1", "/api\\v1", "/..", "/a/../..", "api/v1", "/a%5cb"] {
            #expect(CanonicalPath.check(path) == .rewrite(nil), "\(path)")
        }
    }
}
