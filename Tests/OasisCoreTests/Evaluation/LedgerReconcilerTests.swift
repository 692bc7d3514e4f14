import OasisCore
import Testing

@Suite("Problem ledger: carried from period to period, verified only by a later pass")
struct LedgerReconcilerTests {
    let engine = EvaluationEngine(framework: HandWorkedExample.framework, settings: HandWorkedExample.settings)
    let reconciler = LedgerReconciler(framework: HandWorkedExample.framework)

    /// Runs the reconciler over the periods in order, keeping an in-memory ledger (ids assigned in order).
    func run(_ observations: [IndicatorObservation]) -> [LedgerProblem] {
        var ledger: [LedgerProblem] = []
        let results = engine.evaluate(observations, regions: HandWorkedExample.regions)
        for period in results.keys.sorted() {
            for evaluation in results[period]! {
                for var change in reconciler.reconcile(evaluation, existing: ledger.filter { $0.region == evaluation.region }) {
                    if change.id == 0 {
                        change.id = Int64(ledger.count + 1)
                        ledger.append(change)
                    } else {
                        ledger[ledger.firstIndex { $0.id == change.id }!] = change
                    }
                }
            }
        }
        return ledger
    }

    func find(_ ledger: [LedgerProblem], _ region: String, _ indicator: String) -> [LedgerProblem] {
        ledger.filter { $0.region == region && $0.indicator == indicator }
    }

    @Test("2024 opens seven problems with category and severity")
    func firstPeriod() {
        let ledger = run(HandWorkedExample.observations().filter { $0.period == 2024 })
        let keys = Set(ledger.map { "\($0.region)-\($0.indicator)" })
        #expect(keys == ["B-I1", "B-I2", "C-I2", "A-I3", "C-I4", "B-I5", "C-I5"])
        #expect(ledger.allSatisfy { $0.status == .open && $0.firstPeriod == 2024 })
        #expect(find(ledger, "B", "I1").first?.category == "g1")
        #expect(find(ledger, "B", "I1").first?.severity == .high)
        #expect(find(ledger, "B", "I5").first?.severity == .low)
    }

    @Test("2025 solves the passing ones, carries the failing ones and opens new ones")
    func secondPeriod() {
        let ledger = run(HandWorkedExample.observations())
        #expect(find(ledger, "B", "I1").first?.status == .solved)
        #expect(find(ledger, "B", "I1").first?.solvedPeriod == 2025)
        #expect(find(ledger, "C", "I2").first?.status == .open)
        #expect(find(ledger, "C", "I2").first?.lastFailedPeriod == 2025)
        #expect(find(ledger, "B", "I3").first?.firstPeriod == 2025)
        #expect(find(ledger, "B", "I4").first?.status == .open)
        #expect(find(ledger, "C", "I1").first?.severity == .high)
        #expect(ledger.count == 10)
        #expect(ledger.filter { $0.status == .verified }.isEmpty)
    }

    @Test("a later pass verifies a solved problem; a later failure reopens it; rerunning changes nothing")
    func laterPeriods() {
        var observations = HandWorkedExample.observations()
        let y2026: [(String, [Double])] = [
            ("I1", [90, 75, 71]), ("I2", [0, 0, 0]), ("I3", [25, 24, 30]), ("I4", [5, 5, 9]), ("I5", [50, 50, 50]),
        ]
        for (indicator, values) in y2026 {
            observations += zip(HandWorkedExample.regions, values).map {
                IndicatorObservation(region: $0, indicator: indicator, period: 2026, value: $1)
            }
        }
        let ledger = run(observations)
        #expect(find(ledger, "B", "I1").first?.status == .verified)
        #expect(find(ledger, "B", "I1").first?.verifiedPeriod == 2026)
        let reopened = find(ledger, "C", "I4").first
        #expect(reopened?.status == .open)
        #expect(reopened?.reopenCount == 1)
        // Idempotent: reconciling every period again against the final ledger changes nothing.
        let results = engine.evaluate(observations, regions: HandWorkedExample.regions)
        for period in results.keys.sorted() {
            for evaluation in results[period]! {
                #expect(
                    reconciler.reconcile(evaluation, existing: ledger.filter { $0.region == evaluation.region }).isEmpty,
                    "\(period) \(evaluation.region)")
            }
        }
    }
}
