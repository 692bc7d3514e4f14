import Foundation
import OasisCore
import OasisStore
import OasisTestSupport
import Testing

@Suite("Indicator values and the problem ledger (both stores)")
struct EvaluationContractTests {
    func values(_ period: Int, _ list: [(String, String, Double)], source: String = "test") -> [IndicatorValueRecord] {
        list.map { IndicatorValueRecord(region: $0.0, indicator: $0.1, period: period, value: $0.2, source: source) }
    }

    @Test("a bulk write keeps source and import id; writing the same values again changes nothing", arguments: TestStoreKind.available)
    func idempotentWrites(kind: TestStoreKind) async throws {
        try await TestStore.with(kind) { store in
            _ = try await store.regions.upsert(Fixtures.xinjiangSample, by: .system)
            // More rows than one statement holds, to cross a batch boundary.
            var many: [IndicatorValueRecord] = []
            for period in 2000...2025 {
                for indicator in 0..<250 {
                    many.append(
                        IndicatorValueRecord(region: "650100", indicator: "X\(indicator)", period: period, value: Double(indicator), source: "bulk"))
                }
            }
            let first = try await store.indicatorValues.write(
                many, fileName: "a.csv", format: "csv-long", sha256: "h", rowCount: many.count, rejected: 0, by: .system)
            #expect(first.written == many.count)
            let again = try await store.indicatorValues.write(
                many, fileName: "a.csv", format: "csv-long", sha256: "h", rowCount: many.count, rejected: 0, by: .system)
            #expect(again.written == 0)
            var changed = Array(many.prefix(3))
            changed[0].value = 99
            let third = try await store.indicatorValues.write(
                changed, fileName: "b.csv", format: "csv-long", sha256: "h2", rowCount: 3, rejected: 0, by: .system)
            #expect(third.written == 1)
            let stored = try await store.indicatorValues.values(region: "650100", for: .system)
            #expect(stored.count == many.count)
            let edited = try #require(stored.first { $0.indicator == "X0" && $0.period == 2000 })
            #expect(edited.value == 99 && edited.importID == third.id)
            let untouched = try #require(stored.first { $0.indicator == "X1" && $0.period == 2000 })
            #expect(untouched.importID == first.id && untouched.source == "bulk")
            #expect(try await store.indicatorValues.imports().map(\.written) == [1, 0, many.count])
        }
    }

    @Test("values are read within the caller's scope; writing outside it is forbidden", arguments: TestStoreKind.available)
    func scope(kind: TestStoreKind) async throws {
        try await TestStore.with(kind) { store in
            _ = try await store.regions.upsert(Fixtures.xinjiangSample, by: .system)
            _ = try await store.indicatorValues.write(
                values(2025, [("650102", "U01", 80), ("653101", "U01", 60)]), fileName: "f", format: "csv-long",
                sha256: "h", rowCount: 2, rejected: 0, by: .system)
            let kashgar = Principal(kind: .user, userID: 5, username: "k", role: .analyst, scope: AccessScope(regions: [try RegionCode("653100")]))
            let seen = try await store.indicatorValues.observations(regions: ["650102", "653101"], for: kashgar.access(for: .readIndicators))
            #expect(seen.map(\.region) == ["653101"])
            await #expect {
                try await store.indicatorValues.write(
                    values(2025, [("650102", "U01", 1)]), fileName: "f", format: "csv-long", sha256: "h",
                    rowCount: 1, rejected: 0, by: kashgar.access(for: .writeIndicators))
            } throws: { ($0 as? OasisError)?.kind == .forbidden }
        }
    }

    @Test("ledger problems are stored, moved by people only along allowed transitions, and audited", arguments: TestStoreKind.available)
    func ledger(kind: TestStoreKind) async throws {
        try await TestStore.with(kind) { store in
            _ = try await store.regions.upsert(Fixtures.xinjiangSample, by: .system)
            let opened = try await store.problems.apply(
                [
                    LedgerProblem(
                        id: 0, region: "650102", indicator: "D01", category: "dwelling-safety", severity: .high, status: .open,
                        firstPeriod: 2024, lastFailedPeriod: 2024)
                ], by: .system)
            let id = try #require(opened.first?.id)
            #expect(id > 0)
            let remediating = try await store.problems.setStatus(id, to: .inRemediation, period: nil, note: "renewal project 12", by: .system)
            #expect(remediating.status == .inRemediation)
            await #expect { try await store.problems.setStatus(id, to: .verified, period: 2025, note: nil, by: .system) } throws: {
                ($0 as? OasisError)?.code == "invalid_transition"
            }
            await #expect { try await store.problems.setStatus(id, to: .solved, period: nil, note: nil, by: .system) } throws: {
                ($0 as? OasisError)?.details.first?.field == "period"
            }
            let solved = try await store.problems.setStatus(id, to: .solved, period: 2025, note: nil, by: .system)
            #expect(solved.solvedPeriod == 2025)
            #expect(try await store.problems.list(region: "650100", for: .system).map(\.id) == [id])
            #expect(try await store.problems.list(region: "653100", for: .system).isEmpty)
            #expect(try await store.problems.list(status: .solved, for: .system).count == 1)
            let history = try await store.audit.history(entityType: "problem", entityID: String(id), for: .system)
            #expect(history.map(\.action) == ["problem.open", "problem.in_remediation", "problem.solved"])
            #expect(try await store.audit.verify().isIntact)
        }
    }

    @Test("frameworks are stored, activated and read back", arguments: TestStoreKind.available)
    func frameworks(kind: TestStoreKind) async throws {
        try await TestStore.with(kind) { store in
            #expect(try await store.frameworks.active() == nil)
            #expect(try await store.frameworks.activeOrBuiltIn() == .builtIn)
            var edited = IndicatorFramework.builtIn
            edited.version = 2026
            edited.indicators[0].weight = 2
            try await store.frameworks.save(.builtIn, by: .system)
            try await store.frameworks.save(edited, by: .system)
            #expect(try await store.frameworks.active() == edited)
            #expect(try await store.frameworks.list().map { "\($0.version):\($0.active)" } == ["2025:false", "2026:true"])
        }
    }
}
