import Foundation
import OasisCore
import OasisStore
import OasisTestSupport
import Testing

/// Twelve cases taken through the loop step by step, and the metrics they must give, worked out by hand below from
/// DOMAIN.md §3 (not from Oasis's output).
///
/// Every case is registered at T0 = 2026-05-04 02:00 UTC and dispatched at D = T0 + 1 h with a 48-calendar-hour
/// deadline (D + 48 h); the metrics are read at D + 239 h. Times below are hours after D.
///
/// | case | what happens | valid visit (latest) | closure |
/// |---|---|---|---|
/// | 1 | closed 10 h; reached: responded, resolved, satisfied | R, S, satisfied | on time, 10 h |
/// | 2 | closed 20 h; reached: responded, not resolved, unsatisfied | R, -, unsatisfied | on time, 20 h |
/// | 3 | closed 60 h (late); reached: responded, resolved, basically satisfied | R, S, basically | late, 60 h |
/// | 4 | rework at 3 h, closed 5 h; reached: not responded, resolved, no rating | -, S, unrated | on time, 5 h, reworked |
/// | 5 | closed 8 h; two calls: no answer, wrong number | none (2 unreached) | on time, 8 h |
/// | 6 | closed 12 h; refused, then reached: responded, resolved, satisfied | R, S, satisfied (1 unreached) | on time, 12 h |
/// | 7 | closed 6 h; reached: unsatisfied, not resolved; reopened 30 h (new deadline 78 h); closed 50 h; reached: responded, resolved, satisfied | R, S, satisfied (the latest) | on time, 50 − 30 = 20 h |
/// | 8 | closed 9 h; reached: responded, resolved, basically; reopened 40 h (new deadline 88 h), still open | R, S, basically (kept) | open, overdue: due |
/// | 9 | merged into case 1 right after dispatch | none | merged: apart |
/// | 10 | verified as not responsible at 70 h | none | not responsible: apart |
/// | 11 | returned at 50 h (overdue), still returned | none | open, deadline 48 h kept: due |
/// | 12 | returned at 50 h (overdue), re-dispatched 52 h, closed 60 h | none | late (deadline 48 h kept), 60 h |
///
/// - Valid visits: cases 1, 2, 3, 4, 6, 7, 8 = 7. Responded: all but 4 = 6 → response 6/7 = 85.714… %.
///   Resolved: all but 2 = 6 → resolution 6/7 = 85.714… %.
/// - Rated valid visits: all but 4 = 6; satisfied 1, 6, 7 = 3; basically satisfied 3, 8 = 2 →
///   satisfaction (3 + 0.9 × 2) / 6 = 80 %.
/// - Composite 10/45/45: (600/7 × 10 + 600/7 × 45 + 80 × 45) / 100 = 330/7 + 36 = 582/7 = 83.142857… %.
/// - Unreached calls: 2 (case 5) + 1 (case 6) = 3. Merged 1 (case 9); not responsible 1 (case 10); cancelled 0.
/// - Closed (without the closures reported apart): 1, 2, 3, 4, 5, 6, 7, 12 = 8. Open and past their deadline at
///   239 h: 8 (88 h) and 11 (48 h) = 2. Due 10: closure 8/10 = 80 %. On time: 1, 2, 4, 5, 6, 7 = 6 → 60 %.
/// - Rework: case 4 of 12 dispatched cases → 8.333… %.
/// - Handling: 10, 20, 60, 5, 8, 12, 20, 60 h → mean 195 / 8 = 24.375 h; whole hours sorted 5 8 10 12 | 20 20 60 60
///   → median (12 + 20) / 2 = 16 h.
@Suite("Follow-ups and the metrics of twelve hand-worked cases (both stores)")
struct FollowUpMetricsContractTests {
    static let t0 = CalendarDay(year: 2026, month: 5, day: 4).date + 7200
    static let d = t0 + 3600
    static let asOf = d + 239 * 3600
    static let policy = DeadlinePolicy(defaultRule: DeadlineRule(respond: .calendarHours(2), resolve: .calendarHours(48), warnAt: 0.5))

    /// Takes the loop's steps on the store, each at its hour after D.
    struct Desk {
        let store: Store
        let clock: ManualClock

        func at(_ hours: Double) {
            clock.advance(by: FollowUpMetricsContractTests.d.addingTimeInterval(hours * 3600).timeIntervalSince(clock.now()))
        }

        @discardableResult
        func step(_ id: Int64, _ input: CaseEventInput, at hours: Double) async throws -> HotlineCase {
            at(hours)
            let context = CaseStepContext(now: clock.now(), deadlinePolicy: FollowUpMetricsContractTests.policy, calendars: .builtIn)
            return try await store.cases.update(id, by: .system) { before in
                let step = try CaseStep(event: input.event)
                let outcome = try CaseCommand(step, input, leafCategories: ["C0101"]).applied(to: before, context: context)
                return CaseRepository.Change(after: outcome.after, event: step.event, detail: outcome.detail)
            }
        }

        func close(_ id: Int64, at hours: Double, closure: CaseClosure = .resolved) async throws {
            try await step(id, CaseEventInput(event: "accept"), at: hours - 0.5)
            try await step(id, CaseEventInput(event: "report_back", summary: "done"), at: hours - 0.25)
            try await step(id, CaseEventInput(event: "verify_pass", closure: closure), at: hours)
        }

        func visit(_ id: Int64, responded: Bool, resolved: Bool, _ satisfaction: Satisfaction?, at hours: Double) async throws {
            var input = CaseEventInput(
                event: "follow_up", reached: true, responded: responded, resolved: resolved, satisfaction: satisfaction, words: "回访记录")
            input.rated = true
            try await step(id, input, at: hours)
        }

        func unreached(_ id: Int64, _ reason: UnreachedReason, at hours: Double) async throws {
            try await step(id, CaseEventInput(event: "follow_up", reached: false, unreachedReason: reason), at: hours)
        }
    }

    static func twelveCases(_ store: Store, _ clock: ManualClock) async throws -> [Int64] {
        let items = (1...12).map { index in
            HotlineCase(category: "C0101", channel: "test", description: "case \(index)", registeredAt: t0)
        }
        let ids = try await store.cases.register(items, by: .system).map(\.id)
        let desk = Desk(store: store, clock: clock)
        func id(_ number: Int) -> Int64 { ids[number - 1] }
        for number in 1...12 { try await desk.step(id(number), CaseEventInput(event: "dispatch", unit: "天山区城管局"), at: 0) }
        _ = try await store.cases.merge([id(9)], into: id(1), by: .system)
        try await desk.step(id(4), CaseEventInput(event: "accept"), at: 1)
        try await desk.step(id(4), CaseEventInput(event: "report_back", summary: "first"), at: 2)
        try await desk.step(id(4), CaseEventInput(event: "verify_fail", reason: "not done"), at: 3)
        try await desk.close(id(4), at: 5)
        try await desk.close(id(7), at: 6)
        try await desk.close(id(5), at: 8)
        try await desk.close(id(8), at: 9)
        try await desk.close(id(1), at: 10)
        try await desk.close(id(6), at: 12)
        try await desk.close(id(2), at: 20)
        try await desk.visit(id(1), responded: true, resolved: true, .satisfied, at: 21)
        try await desk.visit(id(2), responded: true, resolved: false, .unsatisfied, at: 22)
        try await desk.visit(id(4), responded: false, resolved: true, nil, at: 23)
        try await desk.unreached(id(5), .noAnswer, at: 24)
        try await desk.unreached(id(5), .wrongNumber, at: 25)
        try await desk.unreached(id(6), .refused, at: 24)
        try await desk.visit(id(6), responded: true, resolved: true, .satisfied, at: 26)
        try await desk.visit(id(7), responded: false, resolved: false, .unsatisfied, at: 20)
        try await desk.step(id(7), CaseEventInput(event: "reopen", reason: "still broken"), at: 30)
        try await desk.visit(id(8), responded: true, resolved: true, .basicallySatisfied, at: 21)
        try await desk.step(id(8), CaseEventInput(event: "reopen", reason: "came back"), at: 40)
        try await desk.close(id(7), at: 50)
        try await desk.visit(id(7), responded: true, resolved: true, .satisfied, at: 51)
        try await desk.step(id(11), CaseEventInput(event: "return", reason: "not ours"), at: 50)
        try await desk.step(id(12), CaseEventInput(event: "return", reason: "not ours"), at: 50)
        try await desk.step(id(12), CaseEventInput(event: "dispatch", unit: "水磨沟区城管局"), at: 52)
        try await desk.close(id(12), at: 60)
        try await desk.close(id(3), at: 60)
        try await desk.visit(id(3), responded: true, resolved: true, .basicallySatisfied, at: 61)
        try await desk.close(id(10), at: 70, closure: .notResponsible)
        return ids
    }

    static func expectHandWorked(_ metrics: CaseMetrics?) throws {
        let metrics = try #require(metrics)
        func close(_ value: Double?, _ expected: Double) -> Bool { value.map { abs($0 - expected) < 1e-9 } ?? false }
        #expect(metrics.cases == 12)
        #expect(metrics.visited == 7 && metrics.rated == 6 && metrics.unreachedVisits == 3)
        #expect(metrics.merged == 1 && metrics.notResponsible == 1 && metrics.cancelled == 0)
        #expect(close(metrics.responseRate, 600.0 / 7), "\(String(describing: metrics.responseRate))")
        #expect(close(metrics.resolutionRate, 600.0 / 7), "\(String(describing: metrics.resolutionRate))")
        #expect(close(metrics.satisfactionRate, 80), "\(String(describing: metrics.satisfactionRate))")
        #expect(close(metrics.composite, 582.0 / 7), "\(String(describing: metrics.composite))")
        #expect(close(metrics.closureRate, 80), "\(String(describing: metrics.closureRate))")
        #expect(close(metrics.onTimeClosureRate, 60), "\(String(describing: metrics.onTimeClosureRate))")
        #expect(close(metrics.reworkRate, 100.0 / 12), "\(String(describing: metrics.reworkRate))")
        #expect(close(metrics.meanHandlingHours, 24.375), "\(String(describing: metrics.meanHandlingHours))")
        #expect(metrics.medianHandlingHours == 16)
    }

    @Test("the rollups, kept step by step, give exactly the hand-worked metrics", arguments: TestStoreKind.available)
    func handWorked(kind: TestStoreKind) async throws {
        let clock = ManualClock(Self.t0)
        try await TestStore.with(kind, clock: clock) { store in
            let ids = try await Self.twelveCases(store, clock)
            let rows = try await store.cases.metrics(.all, byMonth: false, asOf: Self.asOf, for: .system)
            try Self.expectHandWorked(rows.first?.metrics)
            // The same figures case by case (the path of a scoped reader).
            var outcomes: [CaseOutcome] = []
            for id in ids { outcomes.append(try #require(try await store.cases.get(id, for: .system)).outcome) }
            try Self.expectHandWorked(CaseMetrics.compute(outcomes, asOf: Self.asOf))
            // Case 11 was returned after its deadline and keeps it; case 12 kept its first dispatch's clock.
            let returned = try #require(try await store.cases.get(ids[10], for: .system))
            #expect(returned.status == .returned && returned.deadlines?.resolveBy == Self.d + 48 * 3600)
            #expect(try await store.cases.get(ids[11], for: .system)?.dispatchedAt == Self.d)
            // The reopened case's history keeps both of its visits.
            let history = try await store.cases.events(of: ids[6], for: .system).filter { $0.event == "follow_up" }
            #expect(history.map(\.detail).map { $0.hasPrefix("reached") } == [true, true])
            #expect(history.first?.detail.contains("satisfaction=unsatisfied") == true)
        }
    }

    @Test("a follow-up on a case not yet reported back and verified is a 409 and writes nothing", arguments: TestStoreKind.available)
    func tooEarly(kind: TestStoreKind) async throws {
        let clock = ManualClock(Self.t0)
        try await TestStore.with(kind, clock: clock) { store in
            let id = try #require(
                try await store.cases.register(
                    [HotlineCase(category: "C0101", channel: "test", description: "early", registeredAt: Self.t0)], by: .system
                )
                .first?.id)
            let desk = Desk(store: store, clock: clock)
            try await desk.step(id, CaseEventInput(event: "dispatch", unit: "天山区城管局"), at: 0)
            try await desk.step(id, CaseEventInput(event: "accept"), at: 1)
            let before = try await store.cases.events(of: id, for: .system)
            let rollupBefore = try await store.cases.metrics(.all, byMonth: false, asOf: Self.asOf, for: .system)
            for status in ["handling", "reported_back"] {
                if status == "reported_back" { try await desk.step(id, CaseEventInput(event: "report_back", summary: "done"), at: 2) }
                let error = await ScopeContractTests.refusal {
                    try await desk.visit(id, responded: true, resolved: true, .unsatisfied, at: 3)
                }
                #expect(error?.kind == .conflict && error?.code == "invalid_transition", "\(status)")
                #expect(error?.message.contains("follow-up") == true)
            }
            #expect(try await store.cases.events(of: id, for: .system).count == before.count + 1)
            let rollupAfter = try await store.cases.metrics(.all, byMonth: false, asOf: Self.asOf, for: .system)
            #expect(rollupAfter.first?.metrics.visited == 0 && rollupBefore.first?.metrics.visited == 0)
        }
    }

    @Test(
        "migration 18's recomputation gives the same figures from the cases, and gives back a visit an old reopening erased",
        arguments: TestStoreKind.available)
    func recomputed(kind: TestStoreKind) async throws {
        let clock = ManualClock(Self.t0)
        try await TestStore.with(kind, clock: clock) { store in
            let ids = try await Self.twelveCases(store, clock)
            // Case 8 as an older Oasis left it: reopening erased its visit; its history row has the old form.
            let eight = try #require(try await store.cases.get(ids[7], for: .system))
            var erased = eight.workflow
            erased.contacted = nil
            erased.resolved = nil
            erased.satisfaction = nil
            let json = String(decoding: try JSONEncoder().encode(erased), as: UTF8.self)
            try await store.database.execute("UPDATE cases SET workflow = ? WHERE id = ?", [.text(json), .int(ids[7])])
            try await store.database.execute(
                "UPDATE case_events SET detail = ? WHERE case_id = ? AND event = 'follow_up'",
                [.text("contacted=true resolved=true satisfaction=basically_satisfied"), .int(ids[7])])
            try await store.database.execute("UPDATE case_rollups SET satisfied = 0, closed = 99")
            let migration = try #require(Migrations.all.first { $0.version == 18 })
            let recompute = try #require(migration.afterwards)
            try await store.database.transaction { tx in try await recompute(tx) }
            let rows = try await store.cases.metrics(.all, byMonth: false, asOf: Self.asOf, for: .system)
            try Self.expectHandWorked(rows.first?.metrics)
            #expect(try await store.cases.get(ids[7], for: .system)?.workflow.satisfaction == .basicallySatisfied)
        }
    }

    @Test("the weights and the factor are settings with the policy defaults, checked when stored", arguments: TestStoreKind.available)
    func weights(kind: TestStoreKind) async throws {
        let clock = ManualClock(Self.t0)
        try await TestStore.with(kind, clock: clock) { store in
            _ = try await Self.twelveCases(store, clock)
            #expect(
                try await store.cases.metricsWeights() == CaseMetrics.Weights(response: 10, resolution: 45, satisfaction: 45, basicallySatisfied: 0.9)
            )
            try await store.cases.setMetricsWeights(.init(response: 30, resolution: 35, satisfaction: 35, basicallySatisfied: 0.8), by: .system)
            let metrics = try #require(try await store.cases.metrics(.all, byMonth: false, asOf: Self.asOf, for: .system).first?.metrics)
            // (3 + 0.8 × 2) / 6 = 76.666… %; composite (600/7 × 30 + 600/7 × 35 + 230/3 × 35) / 100.
            #expect(abs((metrics.satisfactionRate ?? 0) - 460.0 / 6) < 1e-9)
            #expect(abs((metrics.composite ?? 0) - (600.0 / 7 * 65 + 460.0 / 6 * 35) / 100) < 1e-9)
            let refused = await ScopeContractTests.refusal {
                try await store.cases.setMetricsWeights(.init(response: 10, resolution: 45, satisfaction: 45, basicallySatisfied: 1.5), by: .system)
            }
            #expect(refused?.code == "case_weights_invalid" && refused?.details.first?.field == "case_basically_satisfied_factor")
            try await store.settings.set("case_weight_response", "ten")
            let unreadable = await ScopeContractTests.refusal { _ = try await store.cases.metricsWeights() }
            #expect(unreadable?.code == "case_weights_invalid" && unreadable?.details.first?.field == "case_weight_response")
        }
    }
}
