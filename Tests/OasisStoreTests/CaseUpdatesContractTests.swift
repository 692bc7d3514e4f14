import Foundation
import OasisCore
import OasisStore
import OasisTestSupport
import Testing

/// The steps of all cases in a time window (Open311 `servicerequestupdates`) and the public's hidden codes, on both
/// stores.
@Suite("Case updates since a time, and cases left out by code (both stores)")
struct CaseUpdatesContractTests {
    static let start = Date(timeIntervalSince1970: 1_778_407_200) // 2026-05-10 10:00 UTC

    static func item(_ category: String, _ requestType: String?) -> HotlineCase {
        HotlineCase(requestType: requestType, category: category, channel: "test", description: "updates test", registeredAt: start)
    }

    static func dispatch(_ store: Store, _ id: Int64) async throws {
        _ = try await store.cases.update(id, by: .system) { before in
            var after = before
            after.workflow.status = .dispatched
            after.workflow.unit = "天山区城管局"
            return CaseRepository.Change(after: after, event: "dispatch", detail: "to 天山区城管局")
        }
    }

    @Test(
        "every step in the window, oldest first, with the status it left; by category, without hidden codes, paged; the list leaves hidden codes out",
        arguments: TestStoreKind.available)
    func updates(kind: TestStoreKind) async throws {
        let clock = ManualClock(Self.start)
        try await TestStore.with(kind, clock: clock) { store in
            let saved = try await store.cases.register(
                [Self.item("C0101", "RT01"), Self.item("C0101", "RT03"), Self.item("E0301", nil)], by: .system)
            let (a, b, c) = (saved[0].id, saved[1].id, saved[2].id)
            clock.advance(by: 60)
            try await Self.dispatch(store, a)
            clock.advance(by: 60)
            try await Self.dispatch(store, b)
            let end = Self.start + 120

            func steps(from: Date = Self.start, to: Date = end, _ query: CaseQuery = CaseQuery()) async throws -> [String] {
                try await store.cases.updates(from: from, to: to, query: query, for: .system).map { "\($0.item.id):\($0.status.rawValue)" }
            }
            #expect(try await steps() == ["\(a):registered", "\(b):registered", "\(c):registered", "\(a):dispatched", "\(b):dispatched"])
            let all = try await store.cases.updates(from: Self.start, to: end, query: CaseQuery(), for: .system)
            #expect(all.map(\.at) == [Self.start, Self.start, Self.start, Self.start + 60, Self.start + 120])
            #expect(all.map(\.id) == all.map(\.id).sorted() && Set(all.map(\.id)).count == 5)
            #expect(all[3].item.workflow.unit == "天山区城管局", "each update carries its case")
            #expect(try await steps(from: Self.start + 30, to: Self.start + 90) == ["\(a):dispatched"])
            var hidden = CaseQuery()
            hidden.excludedCodes = ["RT03", "E0301"]
            #expect(try await steps(hidden) == ["\(a):registered", "\(a):dispatched"])
            #expect(try await steps(CaseQuery(categories: ["E0301"])) == ["\(c):registered"])
            #expect(try await steps(CaseQuery(statuses: [.dispatched], ids: [b, c])) == ["\(b):registered", "\(b):dispatched"])
            #expect(try await steps(CaseQuery(limit: 2, offset: 1)) == ["\(b):registered", "\(c):registered"])
            var publicList = CaseQuery()
            publicList.excludedCodes = ["RT03"]
            #expect(try await store.cases.list(publicList, for: .system).items.map(\.id) == [c, a], "a case without a request type stays")
        }
    }
}
