import Foundation
import OasisCore
import OasisImport
import Testing

@Suite("Historical imports carry the follow-up call: reached or why not, the answers, the rating")
struct CaseImportFollowUpTests {
    /// A 12345 export's follow-up columns: 回访结果 (reached, or why not), 是否响应, 是否解决, 满意度.
    static let mapping = CaseImportMapping(
        name: "12345", externalID: "id",
        createdAt: CaseImportTimeColumn(column: "created", format: "yyyy-MM-dd HH:mm:ss", timeZone: "Asia/Shanghai"),
        closedAt: CaseImportTimeColumn(column: "closed", format: "yyyy-MM-dd HH:mm:ss", timeZone: "Asia/Shanghai"),
        category: CaseImportValueMap(column: "type", values: ["井盖": "C0101"]),
        followUp: CaseImportFollowUpMapping(
            reached: CaseImportValueMap(
                column: "回访结果", values: ["已回访": "reached", "无人接听": "no_answer", "空号": "wrong_number", "拒访": "refused", "": ""]),
            responded: CaseImportValueMap(column: "是否响应", values: ["是": "yes", "否": "no", "": ""]),
            resolved: CaseImportValueMap(column: "是否解决", values: ["是": "yes", "否": "no", "": ""]),
            satisfaction: CaseImportValueMap(
                column: "满意度", values: ["满意": "satisfied", "基本满意": "basically_satisfied", "不满意": "unsatisfied", "未评价": "no_rating", "": ""]))
    )

    static let header = "id,created,closed,type,回访结果,是否响应,是否解决,满意度\n"

    @Test("each kind of call becomes the case's visit, or a call counted apart; the rows that do not fit together are refused by line")
    func calls() throws {
        let csv =
            Self.header
                + """
                a1,2026-05-04 10:00:00,2026-05-05 10:00:00,井盖,已回访,是,是,基本满意
                a2,2026-05-04 10:00:00,2026-05-05 10:00:00,井盖,空号,,,
                a3,2026-05-04 10:00:00,2026-05-05 10:00:00,井盖,已回访,否,是,未评价
                a4,2026-05-04 10:00:00,2026-05-05 10:00:00,井盖,,,,
                b1,2026-05-04 10:00:00,2026-05-05 10:00:00,井盖,无人接听,,,满意
                b2,2026-05-04 10:00:00,2026-05-05 10:00:00,井盖,已回访,是,,满意
                b3,2026-05-04 10:00:00,,井盖,已回访,是,是,满意
                b4,2026-05-04 10:00:00,2026-05-05 10:00:00,井盖,打错了,,,

                """
        let result = try CaseImportReader(mapping: Self.mapping).readAll(csv: Array(csv.utf8))
        #expect(result.rows.map(\.externalID) == ["a1", "a2", "a3", "a4"])
        #expect(result.rows[0].followUp == .reached(responded: true, resolved: true, satisfaction: .basicallySatisfied))
        #expect(result.rows[1].followUp == .unreached(.wrongNumber))
        #expect(result.rows[2].followUp == .reached(responded: false, resolved: true, satisfaction: nil))
        #expect(result.rows[3].followUp == nil)
        #expect(result.summary.problems.map(\.line) == [6, 7, 8, 9])
        #expect(result.summary.problems.map(\.column) == ["满意度", "是否解决", "回访结果", "回访结果"])
        #expect(result.summary.problems[2].reason.contains("not closed"))

        // As the import records them on closed cases: the visit counts in the metrics, the unreached call apart.
        let outcomes = result.rows.map { row -> CaseOutcome in
            var workflow = CaseWorkflow()
            workflow.status = .closed
            if let visit = row.followUp { workflow.record(visit) }
            return HotlineCase(
                category: row.category, channel: "import", description: "", workflow: workflow, registeredAt: row.createdAt, closedAt: row.closedAt
            ).outcome
        }
        let metrics = CaseMetrics.compute(outcomes, asOf: Date(timeIntervalSince1970: 1_790_000_000))
        // Valid visits a1, a3: responded 1 of 2, resolved 2 of 2; rated only a1 (basically satisfied): 90 %.
        #expect(metrics.visited == 2 && metrics.rated == 1 && metrics.unreachedVisits == 1)
        #expect(metrics.responseRate == 50 && metrics.resolutionRate == 100 && metrics.satisfactionRate == 90)
    }

    @Test("a follow-up map onto a value that is not an answer is refused before any row is read")
    func badMapping() {
        var mapping = Self.mapping
        mapping.followUp?.satisfaction?.values["很好"] = "great"
        mapping.followUp?.reached.unmapped = .keep
        let problems = mapping.problems(taxonomy: .builtIn).map(\.field)
        #expect(problems.contains("followUp.satisfaction.values[很好]"))
        #expect(problems.contains("followUp.reached.unmapped"))
    }
}
