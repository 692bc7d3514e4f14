import Foundation
import OasisCore
import Testing

@Suite("Case metrics by the official definitions")
struct CaseMetricsTests {
    let t0 = Date(timeIntervalSince1970: 1_750_000_000)
    func hours(_ h: Double) -> Date { t0 + h * 3600 }

    @Test("三率 over valid visits, satisfaction over rated ones with 'basically satisfied' at 0.9, and a 10/45/45 composite")
    func threeRates() throws {
        let outcomes = [
            CaseOutcome(visited: true, contacted: true, resolved: true, satisfaction: .satisfied),
            CaseOutcome(visited: true, contacted: true, resolved: true, satisfaction: .basicallySatisfied),
            CaseOutcome(visited: true, contacted: true, resolved: false, satisfaction: .unsatisfied),
            CaseOutcome(visited: true, contacted: false, resolved: false, satisfaction: nil),
            CaseOutcome(visited: false),
        ]
        let metrics = CaseMetrics.compute(outcomes, asOf: t0)
        // 4 valid visits, 3 of them rated: satisfaction (1 + 0.9) / 3.
        #expect(metrics.visited == 4 && metrics.rated == 3)
        #expect(metrics.responseRate == 75)
        #expect(metrics.resolutionRate == 50)
        let satisfaction = 1.9 / 3 * 100
        #expect(abs(try #require(metrics.satisfactionRate) - satisfaction) < 1e-9)
        let expected: Double = 75 * 0.1 + 50 * 0.45 + satisfaction * 0.45
        let composite = try #require(metrics.composite)
        #expect(abs(composite - expected) < 1e-9)
        let weighted = CaseMetrics.compute(outcomes, asOf: t0, weights: .init(response: 30, resolution: 35, satisfaction: 35))
        let expectedWeighted: Double = 75 * 0.30 + 50 * 0.35 + satisfaction * 0.35
        let weightedComposite = try #require(weighted.composite)
        #expect(abs(weightedComposite - expectedWeighted) < 1e-9)
    }

    @Test("closure and on-time closure over cases due without the merged duplicate, rework over handled cases, handling time")
    func closure() throws {
        let outcomes = [
            CaseOutcome(dispatchedAt: hours(0), closedAt: hours(10), deadline: hours(24), closure: .resolved),
            CaseOutcome(dispatchedAt: hours(0), closedAt: hours(30), deadline: hours(24), closure: .resolved, reworkCount: 1),
            CaseOutcome(dispatchedAt: hours(0), closedAt: nil, deadline: hours(24)),
            CaseOutcome(dispatchedAt: hours(0), closedAt: nil, deadline: hours(200)),
            CaseOutcome(dispatchedAt: hours(0), closedAt: hours(2), deadline: hours(24), closure: .duplicate),
        ]
        let metrics = CaseMetrics.compute(outcomes, asOf: hours(48))
        // Due: the two closed cases and the open one past its deadline (the duplicate is reported apart): 2 of 3
        // closed, 1 of 3 on time; handling 10 h and 30 h.
        #expect(metrics.merged == 1)
        #expect(abs(try #require(metrics.closureRate) - 200.0 / 3) < 1e-9)
        #expect(abs(try #require(metrics.onTimeClosureRate) - 100.0 / 3) < 1e-9)
        #expect(metrics.reworkRate == 20)
        #expect(metrics.meanHandlingHours == 20)
        #expect(metrics.medianHandlingHours == 20)
        #expect(CaseMetrics.compute([], asOf: t0).responseRate == nil)
    }
}
