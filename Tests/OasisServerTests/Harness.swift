import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import OasisCore
import OasisCredentials
import OasisServer
import OasisServices
import OasisStore
import OasisTestSupport

/// A router-level test application on a fresh store with the Xinjiang demo, an administrator
/// (`admin` / `admin-password-1`), an analyst with an API token, and fast bcrypt.
struct Harness {
    let store: Store
    let client: any TestClientProtocol
    let adminToken: String
    let analystToken: String
    let configuration: ServerConfiguration

    static let adminPassword = "admin-password-1"

    static func run(
        _ kind: TestStoreKind = .sqlite, configure: (inout ServerConfiguration) -> Void = { _ in }, logger: Logger? = nil, lockWait: Duration? = nil,
        live: Bool = false, clock: any OasisClock = SystemClock(), _ body: @Sendable (Harness) async throws -> Void
    ) async throws {
        var configuration = ServerConfiguration()
        configuration.bcryptCost = 4
        configure(&configuration)
        let finalConfiguration = configuration
        try await TestStore.with(kind, clock: clock, lockWait: lockWait) { store in
            _ = try await Bootstrap.seedXinjiang(into: store)
            let identity = IdentityService(store: store, hasher: PasswordHasher(cost: 4))
            let admin = try await identity.createUser(
                username: "admin", displayName: "Admin", role: .admin, scope: .everything,
                password: adminPassword, by: .system)
            let analyst = try await identity.createUser(
                username: "analyst", displayName: "Analyst", role: .analyst, scope: .everything,
                password: "analyst-password-1", by: .system)
            let adminToken = try await identity.issueToken(for: admin.id, name: "test", by: .system).token
            let analystToken = try await identity.issueToken(for: analyst.id, name: "test", by: .system).token
            // Live: real sockets on 127.0.0.1, for tests that need a peer address.
            // The sign-in throttle's clock stands still: its first lock lasts a second, which a loaded machine can outlast.
            let throttleClock = ManualClock(Date())
            let app = Application(
                router: OasisApplication.buildRouter(store: store, configuration: finalConfiguration, clock: throttleClock),
                configuration: .init(address: .hostname("127.0.0.1", port: 0)), logger: logger)
            try await app.test(live ? .live : .router) { client in
                try await body(
                    Harness(
                        store: store, client: client, adminToken: adminToken, analystToken: analystToken,
                        configuration: finalConfiguration))
            }
        }
    }

    func request(
        _ method: HTTPRequest.Method, _ uri: String, token: String? = nil, headers: HTTPFields = [:],
        json: String? = nil, body: String? = nil, contentType: String? = nil
    ) async throws -> TestResponse {
        var headers = headers
        if let token { headers[.authorization] = "Bearer \(token)" }
        var buffer: ByteBuffer?
        if let json {
            headers[.contentType] = contentType ?? "application/json"
            buffer = ByteBuffer(string: json)
        } else if let body {
            if let contentType { headers[.contentType] = contentType }
            buffer = ByteBuffer(string: body)
        }
        return try await client.execute(uri: uri, method: method, headers: headers, body: buffer)
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }

    /// The body as JSON.
    func json() throws -> [String: Any] {
        (try JSONSerialization.jsonObject(with: Data(body.readableBytesView)) as? [String: Any]) ?? [:]
    }

    /// `error.code` of an error body.
    func errorCode() throws -> String? {
        (try json()["error"] as? [String: Any])?["code"] as? String
    }

    func errorDetails() throws -> [[String: Any]] {
        ((try json()["error"] as? [String: Any])?["details"] as? [[String: Any]]) ?? []
    }

    /// The value a `Set-Cookie` header gives a cookie.
    func cookie(_ name: String) -> String? {
        for field in headers where field.name == .setCookie {
            let pair = field.value.split(separator: ";").first.map(String.init) ?? ""
            if pair.hasPrefix(name + "=") { return String(pair.dropFirst(name.count + 1)) }
        }
        return nil
    }
}
