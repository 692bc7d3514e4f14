import Foundation
import OasisCore
import OasisStore
import OasisTestSupport
import Testing

@Suite("Users, sessions and tokens (both stores)")
struct IdentityContractTests {
    @Test("users are created with scopes; a taken username is a conflict", arguments: TestStoreKind.available)
    func create(kind: TestStoreKind) async throws {
        try await TestStore.with(kind) { store in
            _ = try await store.regions.upsert(Fixtures.xinjiangSample, by: .system)
            let user = try await Fixtures.user(store, "kashgar.dispatch", role: .dispatcher, regions: ["653100"])
            #expect(user.scope.regions.map(\.rawValue) == ["653100"])
            let (found, hash) = try #require(try await store.users.credentials(username: "kashgar.dispatch"))
            #expect(found == user)
            #expect(hash == "x")
            await #expect { try await Fixtures.user(store, "kashgar.dispatch", role: .analyst) } throws: {
                ($0 as? OasisError)?.code == "username_taken"
            }
        }
    }

    @Test("a scoped administrator sees only users inside its scope and cannot grant wider scopes", arguments: TestStoreKind.available)
    func scopedListing(kind: TestStoreKind) async throws {
        try await TestStore.with(kind) { store in
            _ = try await store.regions.upsert(Fixtures.xinjiangSample, by: .system)
            let kashgarAdmin = try await Fixtures.user(store, "kashgar.admin", role: .admin, regions: ["653100"])
            _ = try await Fixtures.user(store, "kashgar.city", role: .unitHandler, regions: ["653101"])
            _ = try await Fixtures.user(store, "urumqi.city", role: .unitHandler, regions: ["650102"])
            _ = try await Fixtures.user(store, "everywhere", role: .analyst)
            let principal = try Principal(user: kashgarAdmin).access(for: .manageUsers)
            #expect(try await store.users.list(for: principal).map(\.username) == ["kashgar.admin", "kashgar.city"])
            #expect(try await store.users.list(for: .system).count == 4)
            await #expect {
                try await store.users.create(
                    username: "wide", displayName: "w", role: .analyst, scope: .everything, passwordHash: "x",
                    mustChangePassword: false, by: principal)
            } throws: { ($0 as? OasisError)?.kind == .forbidden }
            await #expect {
                try await store.users.create(
                    username: "urumqi2", displayName: "u", role: .analyst, scope: AccessScope(regions: [try RegionCode("650100")]),
                    passwordHash: "x", mustChangePassword: false, by: principal)
            } throws: { ($0 as? OasisError)?.kind == .forbidden }
            #expect(try await store.users.get(id: kashgarAdmin.id + 2, for: principal) == nil)
        }
    }

    @Test("sessions expire with the clock; tokens resolve to their user", arguments: TestStoreKind.available)
    func sessions(kind: TestStoreKind) async throws {
        let clock = ManualClock(Date(timeIntervalSince1970: 1_780_000_000))
        try await TestStore.with(kind, clock: clock) { store in
            let user = try await Fixtures.user(store, "ana", role: .analyst)
            try await store.sessions.create(tokenHash: "h1", userID: user.id, lifetime: 3600)
            #expect(try await store.sessions.userID(tokenHash: "h1") == user.id)
            clock.advance(by: 3601)
            #expect(try await store.sessions.userID(tokenHash: "h1") == nil)
            _ = try await store.tokens.create(userID: user.id, name: "etl", tokenHash: "t1", lifetime: nil, by: .system)
            #expect(try await store.tokens.userID(tokenHash: "t1") == user.id)
            #expect(try await store.tokens.userID(tokenHash: "t2") == nil)
        }
    }
}
