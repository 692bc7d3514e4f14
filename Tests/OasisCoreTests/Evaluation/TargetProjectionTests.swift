import OasisCore
import Testing

@Suite("Target tracking")
struct TargetProjectionTests {
    let target = IndicatorTarget(id: "xj", indicator: "P03", region: "650000", baseYear: 2020, targetYear: 2030, value: 65, comparison: .atLeast)

    @Test("Xinjiang's urbanisation 2020–2023 projects past 65 % by 2030: on track")
    func xinjiang() throws {
        let points: [TargetProjection.Point] = [
            .init(year: 2020, value: 56.53), .init(year: 2021, value: 57.26),
            .init(year: 2022, value: 57.89), .init(year: 2023, value: 59.24),
        ]
        let projection = TargetProjection.project(target, observations: points)
        #expect(projection.verdict == .onTrack)
        let slope = try #require(projection.observedAnnualChange)
        #expect(abs(slope - 0.876) < 0.001)
        #expect(abs(try #require(projection.linearProjection) - 65.18) < 0.01)
        #expect(abs(try #require(projection.compoundProjection) - 66.08) < 0.01)
        #expect(abs(try #require(projection.requiredAnnualChange) - (65 - 59.24) / 7) < 1e-9)
    }

    @Test("a slow trend is at risk; a met target is met; one point is not enough")
    func verdicts() {
        let slow = TargetProjection.project(target, observations: [.init(year: 2020, value: 56.5), .init(year: 2024, value: 57.5)])
        #expect(slow.verdict == .atRisk)
        let met = TargetProjection.project(target, observations: [.init(year: 2020, value: 60), .init(year: 2025, value: 66)])
        #expect(met.verdict == .met)
        let single = TargetProjection.project(target, observations: [.init(year: 2020, value: 56.53)])
        #expect(single.verdict == .insufficientData)
        let beforeBase = TargetProjection.project(target, observations: [.init(year: 2010, value: 43), .init(year: 2020, value: 56.53)])
        #expect(beforeBase.observations.count == 1)
    }
}
