import Foundation
import OasisCore
import Testing

@Suite("Hotline metrics from rollups equal the metrics computed case by case")
struct CaseRollupTests {
    static let start = Date(timeIntervalSince1970: 1_767_225_600) // 2026-01-01T00:00:00Z

    /// A deterministic mix of cases in every state, with deadlines, rework, visits and satisfaction.
    static func cases(count: Int) throws -> [HotlineCase] {
        var cases: [HotlineCase] = []
        for index in 0..<count {
            let registered = start.addingTimeInterval(Double(index) * 7_919)
            var item = HotlineCase(
                id: Int64(index + 1), category: ["C0101", "E0201", "C0302"][index % 3], channel: "hotline",
                description: "case \(index)", region: ["650102", "653101"][index % 2], registeredAt: registered)
            var workflow = CaseWorkflow()
            if index % 7 != 0 {
                workflow = try workflow.applying(.dispatch(unit: "unit-\(index % 4)"))
                item.dispatchedAt = registered.addingTimeInterval(600)
                item.deadlines = CaseDeadlines(
                    respondBy: registered.addingTimeInterval(3_600), resolveBy: registered.addingTimeInterval(Double(3 + index % 5) * 86_400),
                    warnAt: registered.addingTimeInterval(2 * 86_400))
                if index % 3 != 0 {
                    workflow = try workflow.applying(.accept).applying(.reportBack(summary: "done"))
                    if index % 5 == 0 {
                        workflow = try workflow.applying(.verifyFail(reason: "redo")).applying(.accept).applying(.reportBack(summary: "again"))
                    }
                    workflow = try workflow.applying(.verifyPass(closure: .resolved))
                    item.closedAt = registered.addingTimeInterval(Double(1 + index % 9) * 43_211)
                    if index % 2 == 0 {
                        let satisfaction: Satisfaction = [.satisfied, .basicallySatisfied, .unsatisfied][index % 3]
                        workflow = try workflow.applying(
                            .followUp(
                                .reached(responded: index % 11 != 0, resolved: index % 4 != 0, satisfaction: index % 13 == 0 ? nil : satisfaction)))
                    }
                }
            } else if index % 14 == 0 {
                workflow = try workflow.applying(.cancel(reason: "spam"))
            }
            item.workflow = workflow
            cases.append(item)
        }
        return cases
    }

    @Test("per unit, region, category and overall, every figure agrees")
    func rollupEqualsDirect() throws {
        let cases = try Self.cases(count: 600)
        let asOf = Self.start.addingTimeInterval(40 * 86_400)
        for dimension in CaseRollupDimension.allCases {
            var counters: [String: CaseRollupCounters] = [:]
            var histograms: [String: [Int: Int]] = [:]
            var openDue: [String: Int] = [:]
            var outcomes: [String: [CaseOutcome]] = [:]
            for item in cases {
                let contribution = CaseContribution(item)
                let key = contribution.keys[dimension] ?? ""
                counters[key, default: CaseRollupCounters()] = counters[key, default: CaseRollupCounters()] + contribution.counters
                if let hours = contribution.handlingHours { histograms[key, default: [:]][hours, default: 0] += 1 }
                if let deadline = contribution.openDeadline, deadline <= asOf { openDue[key, default: 0] += 1 }
                outcomes[key, default: []].append(item.outcome)
            }
            #expect(counters.count == outcomes.count)
            for (key, list) in outcomes {
                let direct = CaseMetrics.compute(list, asOf: asOf)
                let rolled = CaseMetrics.fromRollup(
                    counters[key] ?? CaseRollupCounters(), openDue: openDue[key] ?? 0, handlingHistogram: histograms[key] ?? [:])
                #expect(rolled.cases == direct.cases, "\(dimension) \(key)")
                #expect(rolled.closureRate == direct.closureRate, "\(dimension) \(key)")
                #expect(rolled.onTimeClosureRate == direct.onTimeClosureRate, "\(dimension) \(key)")
                #expect(rolled.reworkRate == direct.reworkRate, "\(dimension) \(key)")
                #expect(rolled.responseRate == direct.responseRate, "\(dimension) \(key)")
                #expect(rolled.satisfactionRate == direct.satisfactionRate, "\(dimension) \(key)")
                #expect(rolled.composite == direct.composite, "\(dimension) \(key)")
                #expect(rolled.medianHandlingHours == direct.medianHandlingHours, "\(dimension) \(key)")
                let meanGap = abs((rolled.meanHandlingHours ?? 0) - (direct.meanHandlingHours ?? 0))
                #expect(meanGap < 1e-9, "\(dimension) \(key)")
            }
        }
    }

    @Test("removing a case's old contribution and adding its new one equals counting it afresh")
    func deltas() throws {
        var item = try Self.cases(count: 2)[1]
        let before = CaseContribution(item)
        item.workflow = try item.workflow.applying(.reopen(reason: "citizen disputes"))
        item.closedAt = nil
        let after = CaseContribution(item)
        let total = CaseRollupCounters() + before.counters - before.counters + after.counters
        #expect(total == after.counters)
        #expect(after.counters.closed == 0)
        #expect(after.openDeadline == item.deadlines?.resolveBy)
        #expect(CaseContribution.month(Date(timeIntervalSince1970: 1_767_196_800)) == "2026-01") // 2025-12-31T16:00Z is 2026-01-01 in China
    }
}
