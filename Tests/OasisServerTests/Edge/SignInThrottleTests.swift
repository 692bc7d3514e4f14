import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import OasisCore
import OasisCredentials
import OasisStore
import OasisTestSupport
import Testing

@testable import OasisServer
@testable import OasisServices

@Suite("Sign-in throttle: per account and per client, forwarded headers only from trusted proxies, equal cost")
struct SignInThrottleTests {
    @Test("failures from one client do not lock out another client; the failing client is throttled whatever name it tries")
    func perClient() async {
        let throttle = LoginThrottle(freeFailures: 5, clock: ManualClock(Date(timeIntervalSince1970: 1_800_000_000)))
        for attempt in 1...5 {
            await throttle.recordFailure(username: "guess\(attempt)", address: "198.51.100.7")
        }
        #expect(await throttle.waitSeconds(username: "guess6", address: "198.51.100.7") > 0)
        #expect(await throttle.waitSeconds(username: "admin", address: "203.0.113.9") == 0)
    }

    @Test("failures for one account throttle that account from every address, and no other account")
    func perAccount() async {
        let throttle = LoginThrottle(freeFailures: 5, clock: ManualClock(Date(timeIntervalSince1970: 1_800_000_000)))
        for attempt in 1...5 {
            await throttle.recordFailure(username: "Admin", address: "198.51.100.\(attempt)")
        }
        #expect(await throttle.waitSeconds(username: "admin", address: "203.0.113.9") > 0)
        #expect(await throttle.waitSeconds(username: "planner", address: "203.0.113.9") == 0)
    }

    @Test("the unknown-username decoy is hashed at the configured cost, so both paths cost the same")
    func decoyCost() async throws {
        for cost in [4, 5] {
            let decoy = try await PasswordHasher(cost: cost).decoy()
            // bcrypt's modular crypt format: $2a$ / $2b$ / $2y$, then the two-digit cost.
            let parts = decoy.split(separator: "$")
            #expect(parts.count == 3 && Int(parts[1]) == cost, "\(decoy.prefix(7))")
        }
    }

    /// A live server on 127.0.0.1 (real sockets, so the peer address is real).
    static func live(trustedProxies: [String], _ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        var configuration = ServerConfiguration()
        configuration.bcryptCost = 4
        configuration.trustedProxies = trustedProxies.compactMap(IPAddressRange.init)
        try await TestStore.with(.sqlite) { store in
            let identity = IdentityService(store: store, hasher: PasswordHasher(cost: 4))
            _ = try await identity.createUser(
                username: "admin", displayName: nil, role: .admin, scope: .everything,
                password: Harness.adminPassword, by: .system)
            // A stopped clock for the throttle: its first lock lasts one second, which a loaded machine can outlast.
            let router = OasisApplication.buildRouter(
                store: store, configuration: configuration,
                clock: ManualClock(Date(timeIntervalSince1970: 1_800_000_000)))
            let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
            try await app.test(.live) { client in try await body(client) }
        }
    }

    static func login(_ client: any TestClientProtocol, username: String, password: String, forwardedFor: String?) async throws -> TestResponse {
        let page = try await client.execute(uri: "/login", method: .get)
        let csrf = try #require(page.cookie("oasis_csrf"))
        var headers: HTTPFields = [.cookie: "oasis_csrf=\(csrf)", .contentType: "application/x-www-form-urlencoded", .accept: "text/html"]
        if let forwardedFor { headers[.init("X-Forwarded-For")!] = forwardedFor }
        return try await client.execute(
            uri: "/login", method: .post, headers: headers,
            body: ByteBuffer(string: "username=\(username)&password=\(password)&csrf=\(csrf)"))
    }

    @Test("without trusted proxies, a rotated X-Forwarded-For does not escape the per-client limit")
    func rotatedHeaderIgnored() async throws {
        try await Self.live(trustedProxies: []) { client in
            for attempt in 1...5 {
                let failed = try await Self.login(
                    client, username: "user\(attempt)", password: "wrong-password-1", forwardedFor: "198.51.100.\(attempt)")
                #expect(failed.status == .unauthorized)
            }
            let next = try await Self.login(client, username: "user6", password: "wrong-password-1", forwardedFor: "198.51.100.6")
            #expect(next.status == .tooManyRequests)
        }
    }

    @Test("behind a trusted proxy, each forwarded client has its own bucket")
    func trustedProxyClients() async throws {
        try await Self.live(trustedProxies: ["127.0.0.1", "::1"]) { client in
            for attempt in 1...5 {
                let failed = try await Self.login(client, username: "user\(attempt)", password: "wrong-password-1", forwardedFor: "198.51.100.7")
                #expect(failed.status == .unauthorized)
            }
            let attacker = try await Self.login(client, username: "admin", password: Harness.adminPassword, forwardedFor: "198.51.100.7")
            #expect(attacker.status == .tooManyRequests)
            let colleague = try await Self.login(client, username: "admin", password: Harness.adminPassword, forwardedFor: "203.0.113.9")
            #expect(colleague.status == .found)
            #expect(colleague.cookie("oasis_session") != nil)
        }
    }
}
