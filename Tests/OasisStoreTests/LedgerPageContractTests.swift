import Foundation
import OasisCore
import OasisStore
import OasisTestSupport
import Testing

@Suite("The problem ledger by the page: filters by region, status, severity and year, paging, excluded indicators (both stores)")
struct LedgerPageContractTests {
    /// Seven problems: Urumqi's Tianshan district (650102) four, Kashgar city (653101) three.
    static let problems: [LedgerProblem] = [
        .init(id: 0, region: "650102", indicator: "D01", category: "c", severity: .high, status: .open, firstPeriod: 2023, lastFailedPeriod: 2025),
        .init(id: 0, region: "650102", indicator: "D02", category: "c", severity: .low, status: .open, firstPeriod: 2025, lastFailedPeriod: 2025),
        .init(id: 0, region: "650102", indicator: "P01", category: "c", severity: .medium, status: .open, firstPeriod: 2024, lastFailedPeriod: 2024),
        .init(
            id: 0, region: "650102", indicator: "U05", category: "c", severity: .high, status: .solved, firstPeriod: 2022, lastFailedPeriod: 2023,
            solvedPeriod: 2024),
        .init(id: 0, region: "653101", indicator: "D01", category: "c", severity: .high, status: .open, firstPeriod: 2024, lastFailedPeriod: 2024),
        .init(id: 0, region: "653101", indicator: "D03", category: "c", severity: .medium, status: .open, firstPeriod: 2025, lastFailedPeriod: 2025),
        .init(id: 0, region: "653101", indicator: "U05", category: "c", severity: .high, status: .open, firstPeriod: 2021, lastFailedPeriod: 2022),
    ]

    func keys(_ items: [LedgerProblem]) -> [String] { items.map { "\($0.region) \($0.indicator)" } }

    @Test("filters combine, counts are of all matching rows, pages follow region, indicator, first period", arguments: TestStoreKind.available)
    func filters(kind: TestStoreKind) async throws {
        try await TestStore.with(kind) { store in
            _ = try await store.regions.upsert(Fixtures.xinjiangSample, by: .system)
            _ = try await store.problems.apply(Self.problems, by: .system)
            let all = try await store.problems.page(LedgerQuery(), for: .system)
            #expect(all.total == 7 && all.items.count == 7)
            #expect(keys(all.items).first == "650102 D01" && keys(all.items).last == "653101 U05")

            let urumqi = try await store.problems.page(LedgerQuery(region: "650100"), for: .system)
            #expect(urumqi.total == 4)
            let high = try await store.problems.page(LedgerQuery(severity: .high), for: .system)
            #expect(keys(high.items) == ["650102 D01", "650102 U05", "653101 D01", "653101 U05"])
            let kashgarHighOpen = try await store.problems.page(LedgerQuery(region: "653100", status: .open, severity: .high), for: .system)
            #expect(keys(kashgarHighOpen.items) == ["653101 D01", "653101 U05"])
            // Failing in 2024: first found in 2024 or before and last failing in 2024 or after.
            let in2024 = try await store.problems.page(LedgerQuery(year: 2024), for: .system)
            #expect(keys(in2024.items) == ["650102 D01", "650102 P01", "653101 D01"])
            let solved = try await store.problems.page(LedgerQuery(status: .solved), for: .system)
            #expect(keys(solved.items) == ["650102 U05"])
            let withoutContext = try await store.problems.page(LedgerQuery(region: "650102", excludedIndicators: ["P01", "P02"]), for: .system)
            #expect(keys(withoutContext.items) == ["650102 D01", "650102 D02", "650102 U05"])
        }
    }

    @Test("pages: limit and offset over the ordered rows; the total stays that of all matches", arguments: TestStoreKind.available)
    func paging(kind: TestStoreKind) async throws {
        try await TestStore.with(kind) { store in
            _ = try await store.regions.upsert(Fixtures.xinjiangSample, by: .system)
            _ = try await store.problems.apply(Self.problems, by: .system)
            let first = try await store.problems.page(LedgerQuery(limit: 3), for: .system)
            let second = try await store.problems.page(LedgerQuery(limit: 3, offset: 3), for: .system)
            let third = try await store.problems.page(LedgerQuery(limit: 3, offset: 6), for: .system)
            #expect(first.total == 7 && second.total == 7 && third.total == 7)
            #expect(keys(first.items) == ["650102 D01", "650102 D02", "650102 P01"])
            #expect(keys(second.items) == ["650102 U05", "653101 D01", "653101 D03"])
            #expect(keys(third.items) == ["653101 U05"])
            let beyond = try await store.problems.page(LedgerQuery(limit: 3, offset: 30), for: .system)
            #expect(beyond.total == 7 && beyond.items.isEmpty)
        }
    }

    @Test("a scoped reader pages only its regions", arguments: TestStoreKind.available)
    func scope(kind: TestStoreKind) async throws {
        try await TestStore.with(kind) { store in
            _ = try await store.regions.upsert(Fixtures.xinjiangSample, by: .system)
            _ = try await store.problems.apply(Self.problems, by: .system)
            let kashgar = Principal(kind: .user, userID: 5, username: "k", role: .analyst, scope: AccessScope(regions: [try RegionCode("653100")]))
            let page = try await store.problems.page(LedgerQuery(limit: 2), for: kashgar.access(for: .readIndicators))
            #expect(page.total == 3)
            #expect(keys(page.items) == ["653101 D01", "653101 D03"])
        }
    }
}
