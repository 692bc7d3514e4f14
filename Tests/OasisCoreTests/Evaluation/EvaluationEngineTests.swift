import OasisCore
import Testing

@Suite("Evaluation engine: the hand-worked example")
struct EvaluationEngineTests {
    let results = EvaluationEngine(framework: HandWorkedExample.framework, settings: HandWorkedExample.settings)
        .evaluate(HandWorkedExample.observations(), regions: HandWorkedExample.regions)

    func result(_ period: Int, _ region: String, _ indicator: String) throws -> IndicatorResult {
        let evaluation = try #require(results[period]?.first { $0.region == region })
        return try #require(evaluation.result(indicator))
    }

    func close(_ a: Double?, _ b: Double) -> Bool { a.map { abs($0 - b) < 1e-6 } ?? false }

    @Test("statuses: against the threshold where there is one, else against the peers' quartiles")
    func statuses() throws {
        let expected2024: [String: [IndicatorStatus]] = [
            "I1": [.pass, .fail, .pass], "I2": [.pass, .fail, .fail], "I3": [.fail, .pass, .pass], "I4": [.pass, .pass, .fail],
            "I5": [.pass, .fail, .fail],
        ]
        for (indicator, statuses) in expected2024 {
            for (region, status) in zip(HandWorkedExample.regions, statuses) {
                #expect(try result(2024, region, indicator).status == status, "\(region) \(indicator)")
            }
        }
        #expect(try result(2024, "A", "I1").basis == .threshold)
        #expect(try result(2024, "A", "I3").basis == .peers)
        #expect(try result(2025, "B", "I4").status == .fail)
        #expect(try result(2025, "C", "I1").status == .fail)
    }

    @Test("scores: min–max among peers; bands lose distance ÷ width outside")
    func scores() throws {
        let expected: [(String, String, Double)] = [
            ("A", "I1", 100), ("B", "I1", 0), ("C", "I1", 50), ("B", "I2", 50), ("C", "I2", 0),
            ("A", "I3", 0), ("B", "I3", 50), ("A", "I4", 100), ("C", "I4", 0), ("B", "I5", 75), ("C", "I5", 50),
        ]
        for (region, indicator, score) in expected {
            #expect(close(try result(2024, region, indicator).score, score), "\(region) \(indicator)")
        }
        #expect(close(try result(2025, "B", "I1").score, 35))
    }

    @Test("group, goal and overall scores, ranks and changes")
    func aggregates() throws {
        let y2024 = try #require(results[2024])
        let y2025 = try #require(results[2025])
        #expect(close(y2024[0].groups[0].score, 100))
        #expect(close(y2024[1].groups[0].score, 25))
        #expect(close(y2024[1].groups[1].score, 75))
        #expect(close(y2024[0].goals[0].score, 200.0 / 3))
        #expect(close(y2024[2].goals[1].score, 0))
        #expect(close(y2024[0].overall, 250.0 / 3))
        #expect(close(y2024[1].overall, 175.0 / 3))
        #expect(close(y2024[2].overall, 100.0 / 3))
        #expect(y2024.map(\.rank) == [1, 2, 3])
        #expect(close(y2025[0].overall, 275.0 / 3))
        #expect(close(y2025[1].overall, 47.5))
        #expect(close(y2025[2].overall, 162.5 / 3))
        #expect(y2025.map(\.rank) == [1, 3, 2])
        #expect(close(y2025[2].overallChange, 62.5 / 3))
        #expect(close(try result(2025, "B", "I1").change, 12))
        #expect(try result(2025, "B", "I1").previousPeriod == 2024)
        #expect(try result(2024, "A", "I4").rank == 1)
        #expect(try result(2024, "B", "I4").rank == 1)
        #expect(try result(2024, "C", "I4").rank == 3)
    }

    @Test("severity follows the score of a failing value")
    func severity() throws {
        #expect(try result(2024, "B", "I1").severity == .high)
        #expect(try result(2024, "B", "I2").severity == .low)
        #expect(try result(2024, "C", "I2").severity == .high)
        #expect(try result(2024, "A", "I1").severity == nil)
    }

    @Test("too few peers and no threshold: unknown, said so")
    func insufficientPeers() throws {
        let strict = EvaluationEngine(framework: HandWorkedExample.framework, settings: EvaluationSettings(minimumPeers: 4))
            .evaluate(HandWorkedExample.observations(), regions: HandWorkedExample.regions)
        let value = try #require(strict[2024]?[0].result("I3"))
        #expect(value.status == .unknown)
        #expect(value.basis == .insufficientPeers)
    }
}
