import Foundation
import OasisCore
import Testing

/// The asset rules (PCA T²/Q and co-movement) on small hand-made series; the expected statistics and alert times
/// are worked out by hand from the rules' definitions, reading by reading.
@Suite("Lifeline asset rules on hand-made series")
struct AssetRuleTrackerTests {
    static let start = Date(timeIntervalSince1970: 1_782_864_000)
    func at(_ minute: Double) -> Date { Self.start.addingTimeInterval(minute * 60) }

    /// Feeds one row per minute from minute 0 and returns every change as (minute, kind).
    func run(_ tracker: inout AssetRuleTracker, _ rows: [[Double]]) -> [(Double, AlertChange.Kind)] {
        rows.enumerated().compactMap { minute, row in
            tracker.observe(time: at(Double(minute)), values: row).map { (Double(minute), $0.kind) }
        }
    }

    @Test("T² over two uncorrelated sensors: learns, opens, escalates, holds within the band, clears")
    func hotelling() {
        // Normal period (minutes 0–3): (1, 2), (3, 2), (1, 4), (3, 4). Means (2, 3); variances 4/3 each (n − 1);
        // the standardised readings are uncorrelated, so T² = ((x − 2)² + (y − 3)²) · 3/4.
        let rule = PCAStatisticRule(
            sensors: ["flow", "pressure"], learningReadings: 4, t2: StatisticLimits(limits: [.blue: 3, .yellow: 12], clearBelow: 0.75))
        var tracker = AssetRuleTracker(rule: .pcaStatistic(rule))
        let rows: [[Double]] = [[1, 2], [3, 2], [1, 4], [3, 4], [2, 3], [3, 4], [4, 3], [2, 5.5], [6, 3], [3, 4], [2.5, 3.5]]
        let changes = run(&tracker, rows)
        // 4: T² 0; 5: 2 · 3/4 = 1.5; 6: 4 · 3/4 = 3 → blue; 7: 6.25 · 3/4 = 4.6875 holds blue; 8: 16 · 3/4 = 12 → yellow;
        // 9: 1.5 (below blue, above 0.75) → eases to blue; 10: 0.5 · 3/4 = 0.375 < 0.75 → cleared.
        #expect(changes.map(\.0) == [6, 8, 9, 10])
        #expect(
            changes.map(\.1) == [.opened(.blue), .escalated(from: .blue, to: .yellow), .eased(from: .yellow, to: .blue), .cleared(from: .blue)])
        #expect(tracker.model?.means == [2, 3])
        #expect(abs((tracker.statistics?.t2 ?? -1) - 0.375) < 1e-12)
    }

    @Test("Q catches a reading that breaks the sensors' normal relation, which T² along the kept component misses")
    func squaredPredictionError() {
        // Normal period: (2, 2), (−2, −2), (1, −1), (−1, 1): means 0, variances 10/3, correlation 0.6. The correlation
        // matrix [[1, 0.6], [0.6, 1]] has eigenvalues 1.6 along (1, 1)/√2 and 0.4 along (1, −1)/√2; keeping 80 % of
        // the variance keeps the first. So T² = (x + y)² · 3/20 / 1.6 = (x + y)² · 3/32 and Q = (x − y)² · 3/20.
        let rule = PCAStatisticRule(
            sensors: ["gas", "pressure"], learningReadings: 4, explainedVariance: 0.8,
            t2: StatisticLimits(limits: [.blue: 5], clearBelow: 2), q: StatisticLimits(limits: [.yellow: 5], clearBelow: 2))
        var tracker = AssetRuleTracker(rule: .pcaStatistic(rule))
        let rows: [[Double]] = [[2, 2], [-2, -2], [1, -1], [-1, 1], [0, 0], [4, 4], [3, -3], [2, -2], [1, -1]]
        let changes = run(&tracker, rows)
        // 4: both 0. 5: T² = 64 · 3/32 = 6 → blue. 6: T² 0 (T² clears), Q = 36 · 3/20 = 5.4 → yellow: escalated.
        // 7: Q = 16 · 3/20 = 2.4 ≥ 2 → holds yellow. 8: Q = 4 · 3/20 = 0.6 → cleared.
        #expect(changes.map(\.0) == [5, 6, 8])
        #expect(changes.map(\.1) == [.opened(.blue), .escalated(from: .blue, to: .yellow), .cleared(from: .yellow)])
        let model = tracker.model
        #expect(model?.components.count == 1)
        #expect(abs((model?.variances.first ?? 0) - 1.6) < 1e-12)
        #expect(abs(abs(model?.components.first?.first ?? 0) - 0.5.squareRoot()) < 1e-12)
    }

    @Test("smoothing is a trailing mean and persistence opens only at k of the last n readings")
    func smoothingAndPersistence() {
        // Smoothing over 2 readings: raw 9, 11, 9, 11 in the normal period become 9, 10, 10, 10: mean 9.75, variance
        // (0.5625 + 3 · 0.0625)/3 = 0.25, so T² = 4 · (x̄ − 9.75)². Blue at 16 (x̄ two from normal), clear below 4;
        // persistence 2 of 3.
        let rule = PCAStatisticRule(
            sensors: ["level"], learningReadings: 4, smoothingReadings: 2, t2: StatisticLimits(limits: [.blue: 16], clearBelow: 4),
            persistence: Persistence(readings: 2, outOf: 3))
        var tracker = AssetRuleTracker(rule: .pcaStatistic(rule))
        let changes = run(&tracker, [[9], [11], [9], [11], [11], [16], [9.75], [9.75], [20]])
        // 4: x̄ = 11, T² 6.25 (no); 5: x̄ = 13.5, T² 56.25 (yes, but 1 of 3); 6: x̄ = 12.875, T² 39.0625 (2 of 3) → opens;
        // 7: x̄ = 9.75, T² 0 → cleared; 8: x̄ = 14.875, T² 105.0625, and 6 and 8 make 2 of the last 3 → opens.
        #expect(changes.map(\.0) == [6, 7, 8])
        #expect(changes.map(\.1) == [.opened(.blue), .cleared(from: .blue), .opened(.blue)])
        #expect(abs((tracker.statistics?.t2 ?? 0) - 105.0625) < 1e-9)
    }

    @Test("co-movement: gas rising while pressure falls, both over a 5-minute window")
    func coMovement() {
        let rule = CoMovementRule(
            rising: "gas", falling: "pressure", risePerMinute: 1, fallPerMinute: 0.01, windowSeconds: 300, level: .orange)
        var tracker = AssetRuleTracker(rule: .coMovement(rule))
        let series: [(Double, [Double])] = [(0, [0, 0.40]), (1, [0.5, 0.40]), (2, [3, 0.39]), (3, [5, 0.36]), (4, [6, 0.35]), (6, [6, 0.36])]
        let changes = series.compactMap { minute, row in tracker.observe(time: at(minute), values: row).map { (minute, $0.kind) } }
        // 1: gas +0.5/min → no. 2: gas 3/2 = 1.5, pressure −0.01/2 = −0.005 → no. 3: gas 5/3, pressure −0.04/3 = −0.0133
        // → opens. 4: 6/4 = 1.5 and −0.05/4 = −0.0125 → stays. 6: minute 0 left the window (6 min back), from minute 1:
        // gas 5.5/5 = 1.1 still rising, pressure −0.04/5 = −0.008 → cleared.
        #expect(changes.map(\.0) == [3, 6])
        #expect(changes.map(\.1) == [.opened(.orange), .cleared(from: .orange)])
    }

    @Test("readings out of order, of the wrong width or not finite do not move the alert")
    func badReadings() {
        let rule = PCAStatisticRule(
            sensors: ["a"], learningReadings: 2, t2: StatisticLimits(limits: [.red: 1], clearBelow: 0.5),
            model: PCAModel(means: [0], scales: [1], components: [[1]], variances: [1]))
        var tracker = AssetRuleTracker(rule: .pcaStatistic(rule))
        #expect(tracker.observe(time: at(1), values: [3])?.kind == .opened(.red))
        #expect(tracker.observe(time: at(0), values: [0]) == nil)
        #expect(tracker.observe(time: at(2), values: [0, 0]) == nil)
        #expect(tracker.observe(time: at(3), values: [.nan]) == nil)
        #expect(tracker.level == .red)
        #expect(tracker.observe(time: at(4), values: [0])?.kind == .cleared(from: .red))
    }

    @Test("asset rules travel as JSON with a kind; unsound ones are refused with the field named")
    func codingAndProblems() throws {
        let json = #"""
            {"kind":"pcaStatistic","sensors":["flow","current","pressure"],"learningReadings":400,"smoothingReadings":5,
             "explainedVariance":1,"t2":{"limits":{"4":18.75,"3":48},"clearBelow":6.75}}
            """#
        let rule = try JSONDecoder().decode(AssetRule.self, from: Data(json.utf8))
        guard case .pcaStatistic(let pca) = rule else {
            Issue.record("wrong kind")
            return
        }
        #expect(pca.t2 == StatisticLimits(limits: [.blue: 18.75, .yellow: 48], clearBelow: 6.75))
        #expect(try JSONDecoder().decode(AssetRule.self, from: JSONEncoder().encode(rule)) == rule)
        let co = AssetRule.coMovement(
            CoMovementRule(rising: "gas", falling: "pressure", risePerMinute: 0.5, fallPerMinute: 0.01, windowSeconds: 300, level: .orange))
        #expect(try JSONDecoder().decode(AssetRule.self, from: JSONEncoder().encode(co)) == co)
        #expect(co.sensors == ["gas", "pressure"])
        #expect(AssetRule.pcaStatistic(.pumpDefault(sensors: ["f", "c", "p"])).problems().isEmpty)
        let bad = PCAStatisticRule(
            sensors: ["a", "a"], learningReadings: 1, smoothingReadings: 0, explainedVariance: 0,
            t2: StatisticLimits(limits: [.blue: 10, .red: 5], clearBelow: 20), persistence: Persistence(readings: 3, outOf: 2))
        #expect(
            bad.problems().map(\.field) == [
                "sensors", "learningReadings", "smoothingReadings", "explainedVariance", "t2.limits.1", "t2.clearBelow", "persistence",
            ])
        #expect(CoMovementRule(rising: "a", falling: "a", risePerMinute: 0, fallPerMinute: 1, windowSeconds: 60, level: .red).problems().count == 2)
    }

    @Test("the Jacobi decomposition of a 3 × 3 symmetric matrix")
    func eigen() {
        // [[2, 1, 0], [1, 2, 0], [0, 0, 5]]: eigenvalues 5 (e₃), 3 ((1, 1, 0)/√2) and 1 ((1, −1, 0)/√2).
        let eigen = SymmetricEigen([[2, 1, 0], [1, 2, 0], [0, 0, 5]])
        #expect(eigen.values.map { ($0 * 1e12).rounded() / 1e12 } == [5, 3, 1])
        #expect(abs(abs(eigen.vectors[1][0]) - 0.5.squareRoot()) < 1e-12 && abs(eigen.vectors[1][0] - eigen.vectors[1][1]) < 1e-12)
        #expect(abs(eigen.vectors[2][0] + eigen.vectors[2][1]) < 1e-12)
    }
}
