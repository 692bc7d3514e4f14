import Foundation
import OasisCore
import Testing

/// Indicators that cannot be judged get no score and stay out of group, goal and overall scores; context figures
/// (population) are never judged and never reach the ledger. Worked by hand for three regions in 2025:
///
/// | indicator | rule                          | A         | B        | C         |
/// |-----------|-------------------------------|-----------|----------|-----------|
/// | J1 (G1)   | threshold ≥ 70                | 80 pass   | 60 fail  | 70 pass   |
/// | N1 (G1)   | no threshold, 3 peers < 4     | 10 ?      | 20 ?     | 30 ?      |
/// | K1 (G2)   | context (threshold ≥ 600,000) | 1,000,000 | 500,000  | 2,000,000 |
/// | J2 (G2)   | threshold ≤ 0                 | 0 pass    | 2 fail   | 4 fail    |
///
/// Scores (min–max among the peers): J1 A 100, B 0, C 50; J2 A 100, B 50, C 0; N1 and K1 none.
/// Goals: G1 = J1 alone → A 100, B 0, C 50; G2 = J2 alone → A 100, B 50, C 0. Overall = mean of the goals →
/// A 100, B 25, C 25; ranks 1, 2, 2. Had N1 and K1 been scored (the old behaviour) G1 would have been A 50,
/// B 25, C 75 and G2 A 66.7, B 25, C 50.
@Suite("Evaluation: indicators that cannot be judged are not scored; context figures are never judged")
struct NotJudgedScoringTests {
    static let framework = IndicatorFramework(
        id: "not-judged", version: 1, nameZh: "示例", nameEn: "Example",
        levels: [FrameworkCategory(code: "city", nameZh: "城市", nameEn: "City")],
        goals: [FrameworkCategory(code: "G1", nameZh: "一", nameEn: "One"), FrameworkCategory(code: "G2", nameZh: "二", nameEn: "Two")],
        groups: [
            FrameworkCategory(code: "g1", nameZh: "一", nameEn: "One", level: "city"),
            FrameworkCategory(code: "g2", nameZh: "二", nameEn: "Two", level: "city"),
        ],
        indicators: [
            IndicatorDefinition(
                code: "J1", nameZh: "覆盖率", nameEn: "Coverage", unit: "%", level: "city", group: "g1", goal: "G1", direction: .higherIsBetter,
                threshold: Threshold(value: 70)),
            IndicatorDefinition(
                code: "N1", nameZh: "供给", nameEn: "Supply", unit: "m²/人", level: "city", group: "g1", goal: "G1", direction: .higherIsBetter),
            IndicatorDefinition(
                code: "K1", nameZh: "常住人口", nameEn: "Population", unit: "人", level: "city", group: "g2", goal: "G2",
                direction: .higherIsBetter, threshold: Threshold(value: 600_000), context: true),
            IndicatorDefinition(
                code: "J2", nameZh: "隐患", nameEn: "Hazards", unit: "栋", level: "city", group: "g2", goal: "G2", direction: .lowerIsBetter,
                threshold: Threshold(value: 0)),
        ])
    static let regions = ["A", "B", "C"]

    let evaluations: [RegionEvaluation]

    init() throws {
        let table: [(String, [Double])] = [
            ("J1", [80, 60, 70]), ("N1", [10, 20, 30]), ("K1", [1_000_000, 500_000, 2_000_000]), ("J2", [0, 2, 4]),
        ]
        let observations = table.flatMap { indicator, values in
            zip(Self.regions, values).map { IndicatorObservation(region: $0, indicator: indicator, period: 2025, value: $1) }
        }
        evaluations = try #require(
            EvaluationEngine(framework: Self.framework, settings: EvaluationSettings(minimumPeers: 4))
                .evaluate(observations, regions: Self.regions)[2025])
    }

    func close(_ a: Double?, _ b: Double) -> Bool { a.map { abs($0 - b) < 1e-9 } ?? false }

    @Test("an indicator that cannot be judged has no score and no rank; a context figure is not judged, whatever its threshold")
    func notScored() throws {
        for evaluation in evaluations {
            let n1 = try #require(evaluation.result("N1"))
            #expect(n1.status == .unknown && n1.basis == .insufficientPeers && n1.score == nil && n1.rank == nil && n1.value != nil)
            let k1 = try #require(evaluation.result("K1"))
            #expect(k1.status == .unknown && k1.basis == .context && k1.score == nil && k1.severity == nil)
        }
        #expect(evaluations.map { $0.result("J1")?.score ?? -1 } == [100, 0, 50])
        #expect(evaluations.map { $0.result("J2")?.score ?? -1 } == [100, 50, 0])
    }

    @Test("goal and overall scores come from the judged indicators only (hand-worked)")
    func goalScores() {
        #expect(zip(evaluations.map { $0.goals[0].score }, [100.0, 0, 50]).allSatisfy { close($0, $1) })
        #expect(zip(evaluations.map { $0.goals[1].score }, [100.0, 50, 0]).allSatisfy { close($0, $1) })
        #expect(evaluations.map { $0.goals[0].indicatorCount } == [1, 1, 1])
        #expect(evaluations.map { $0.goals[1].indicatorCount } == [1, 1, 1])
        #expect(zip(evaluations.map(\.overall), [100.0, 25, 25]).allSatisfy { close($0, $1) })
        #expect(evaluations.map(\.rank) == [1, 2, 2])
    }

    @Test("the ledger gets the failing judged indicators only: never a context figure or an unjudged one")
    func ledger() {
        let reconciler = LedgerReconciler(framework: Self.framework)
        let problems = evaluations.flatMap { reconciler.reconcile($0, existing: []) }
        #expect(problems.map { "\($0.region) \($0.indicator)" }.sorted() == ["B J1", "B J2", "C J2"])
    }

    @Test("the built-in framework marks the population figures P01–P03 as context, and only those")
    func builtInContext() {
        #expect(IndicatorFramework.builtIn.indicators.filter(\.context).map(\.code) == ["P01", "P02", "P03"])
    }

    @Test("the context flag survives JSON and is left out when not set")
    func contextJSON() throws {
        let encoder = JSONEncoder()
        let k1 = try #require(Self.framework.indicator("K1"))
        let j1 = try #require(Self.framework.indicator("J1"))
        #expect(String(decoding: try encoder.encode(k1), as: UTF8.self).contains("\"context\":true"))
        #expect(!String(decoding: try encoder.encode(j1), as: UTF8.self).contains("context"))
        #expect(try JSONDecoder().decode(IndicatorDefinition.self, from: try encoder.encode(k1)).context)
    }
}
