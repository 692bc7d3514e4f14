import Foundation
import OasisCore
import Testing

@Suite("Case metrics by the official definitions")
struct CaseMetricsTests {
    let t0 = Date(timeIntervalSince1970: 1_750_000_000)
    func hours(_ h: Double) -> Date { t0 + h * 3600 }

    @Test("三率 over follow-up visits, with 'basically satisfied' at 0.9, and a 10/45/45 composite")
    func threeRates() throws {
        let outcomes = [
            CaseOutcome(visited: true, contacted: true, resolved: true, satisfaction: .satisfied),
            CaseOutcome(visited: true, contacted: true, resolved: true, satisfaction: .basicallySatisfied),
            CaseOutcome(visited: true, contacted: true, resolved: false, satisfaction: .unsatisfied),
            CaseOutcome(visited: true, contacted: false, resolved: false, satisfaction: nil),
            CaseOutcome(visited: false),
        ]
        let metrics = CaseMetrics.compute(outcomes, asOf: t0)
        #expect(metrics.visited == 4)
        #expect(metrics.responseRate == 75)
        #expect(metrics.resolutionRate == 50)
        #expect(abs(try #require(metrics.satisfactionRate) - 47.5) < 1e-9)
        let expected: Double = 75 * 0.1 + 50 * 0.45 + 47.5 * 0.45
        let composite = try #require(metrics.composite)
        #expect(abs(composite - expected) < 1e-9)
        let weighted = CaseMetrics.compute(outcomes, asOf: t0, weights: .init(response: 30, resolution: 35, satisfaction: 35))
        let expectedWeighted: Double = 75 * 0.30 + 50 * 0.35 + 47.5 * 0.35
        let weightedComposite = try #require(weighted.composite)
        #expect(abs(weightedComposite - expectedWeighted) < 1e-9)
    }

    @Test("closure and on-time closure over cases due, rework over handled cases, mean and median handling time")
    func closure() {
        let outcomes = [
            CaseOutcome(dispatchedAt: hours(0), closedAt: hours(10), deadline: hours(24), closure: .resolved),
            CaseOutcome(dispatchedAt: hours(0), closedAt: hours(30), deadline: hours(24), closure: .resolved, reworkCount: 1),
            CaseOutcome(dispatchedAt: hours(0), closedAt: nil, deadline: hours(24)),
            CaseOutcome(dispatchedAt: hours(0), closedAt: nil, deadline: hours(200)),
            CaseOutcome(dispatchedAt: hours(0), closedAt: hours(2), deadline: hours(24), closure: .duplicate),
        ]
        let metrics = CaseMetrics.compute(outcomes, asOf: hours(48))
        #expect(metrics.closureRate == 75)
        #expect(metrics.onTimeClosureRate == 50)
        #expect(metrics.reworkRate == 20)
        #expect(metrics.meanHandlingHours == 14)
        #expect(metrics.medianHandlingHours == 10)
        #expect(CaseMetrics.compute([], asOf: t0).responseRate == nil)
    }
}
