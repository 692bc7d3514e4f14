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

@Suite("Open311 intake limits: body size, rate per key and client, and who the log names")
struct Open311LimitsTests {
    static func post(_ app: Harness, _ body: String, format: String = "json") async throws -> TestResponse {
        try await app.request(.post, "/open311/v2/requests.\(format)", body: body, contentType: "application/x-www-form-urlencoded")
    }

    static func submission(_ key: String, _ text: String = "%E4%BA%95%E7%9B%96") -> String {
        "api_key=\(key)&service_code=C0101&lat=43.8256&long=87.6168&description=\(text)"
    }

    @Test("a body over the limit is a 413 in the spec's error list, and writes nothing", arguments: TestStoreKind.available)
    func oversized(kind: TestStoreKind) async throws {
        try await Harness.run(kind, configure: { $0.maxBodyBytes = 2_048 }) { app in
            let key = try await Open311APITests.citizenKey(app)
            let response = try await Self.post(app, Self.submission(key, String(repeating: "a", count: 4_096)))
            #expect(response.status == .contentTooLarge)
            let errors = try #require(try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [[String: Any]])
            #expect(errors.first?["code"] as? Int == 413)
            #expect(try await app.store.cases.list(CaseQuery(limit: 10, offset: 0), for: .system).items.isEmpty)
        }
    }

    @Test("one key is limited to its rate a minute: the next gets 429 with Retry-After, and nothing is written", arguments: TestStoreKind.available)
    func rateLimited(kind: TestStoreKind) async throws {
        // One a minute: the second post comes well within the minute a token takes to refill, even on a loaded
        // machine (at three a minute, three slow posts could outlast the 20 s refill and let the fourth through).
        try await Harness.run(kind, configure: { $0.intakePostsPerMinute = 1 }) { app in
            let key = try await Open311APITests.citizenKey(app)
            #expect(try await Self.post(app, Self.submission(key)).status == .ok)
            let refused = try await Self.post(app, Self.submission(key), format: "xml")
            #expect(refused.status == .tooManyRequests)
            let wait = try #require(refused.headers[.retryAfter].flatMap { Int($0) })
            #expect(wait >= 1 && wait <= 60, "one token refills in 60/1 = 60 s")
            #expect(refused.text.contains("<code>429</code>"))
            #expect(try await app.store.cases.list(CaseQuery(limit: 10, offset: 0), for: .system).items.count == 1)
        }
    }

    @Test("the request log names the user whose api_key posted, not 'anonymous'")
    func logNamesKeyOwner() async throws {
        let lines = CapturedLog.Lines()
        let logger = Logger(label: "test") { _ in CapturedLog(lines: lines) }
        try await Harness.run(logger: logger) { app in
            let key = try await Open311APITests.citizenKey(app)
            #expect(try await Self.post(app, Self.submission(key)).status == .ok)
        }
        let posts = lines.all.filter { $0.message == "request" && "\($0.metadata["method"] ?? "")" == "POST" }
        #expect(posts.map { "\($0.metadata["user"] ?? "")" } == ["app"])
    }
}
