import Foundation
import OasisCore
import OasisStore
import OasisTestSupport
import Testing

@Suite("Notification outbox: each message claimed by one sender at a time (both stores)")
struct OutboxContractTests {
    static let start = Date(timeIntervalSince1970: 1_800_000_000)

    /// `count` pending messages, due now.
    static func enqueue(_ count: Int, into store: Store) async throws {
        for index in 1...count {
            try await store.database.execute(
                "INSERT INTO notifications (case_id, status, payload, state, attempts, next_at, created_at) VALUES (?, 'dispatched', ?, 'pending', 0, ?, ?)",
                [.int(Int64(index)), .text("message \(index)"), SQLValue(start), SQLValue(start)]
            )
        }
    }

    @Test("a claim takes due messages oldest first and hides them from the next claim until its lease runs out", arguments: TestStoreKind.available)
    func leases(kind: TestStoreKind) async throws {
        let clock = ManualClock(Self.start)
        try await TestStore.with(kind, clock: clock) { store in
            try await Self.enqueue(5, into: store)
            let first = try await store.cases.claimNotifications(limit: 3, lease: 120)
            #expect(first.map(\.payload) == ["message 1", "message 2", "message 3"])
            let second = try await store.cases.claimNotifications(limit: 3, lease: 120)
            #expect(second.map(\.payload) == ["message 4", "message 5"])
            #expect(try await store.cases.claimNotifications(limit: 3, lease: 120).isEmpty)
            try await store.cases.markNotification(first[0].id, sent: true)
            // The first sender died: after the lease, its other claims are due again; the sent one never is.
            clock.advance(by: 121)
            let retaken = try await store.cases.claimNotifications(limit: 10, lease: 120)
            #expect(retaken.map(\.payload) == ["message 2", "message 3", "message 4", "message 5"])
        }
    }

    @Test("two servers on one database claiming at once never get the same message", arguments: TestStoreKind.available)
    func concurrentServers(kind: TestStoreKind) async throws {
        let test = try await TestStore.make(kind)
        let clock = ManualClock(Self.start)
        let one = try await Store.open(test.location, clock: clock, logger: TestStore.logger)
        try await one.migrate()
        try await Self.enqueue(200, into: one)
        let two = try await Store.open(test.location, clock: clock, logger: TestStore.logger)
        var seen: [Int64] = []
        do {
            for _ in 0..<5 {
                async let a = one.cases.claimNotifications(limit: 25, lease: 600)
                async let b = two.cases.claimNotifications(limit: 25, lease: 600)
                seen += try await a.map(\.id) + b.map(\.id)
            }
        } catch {
            await one.close()
            await two.close()
            await test.remove()
            throw error
        }
        await one.close()
        await two.close()
        await test.remove()
        #expect(seen.count == 200)
        #expect(Set(seen).count == seen.count, "a message was claimed twice")
    }
}
