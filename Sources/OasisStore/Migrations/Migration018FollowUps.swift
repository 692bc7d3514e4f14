import Foundation
import OasisCore

/// Follow-ups as a 12345 centre makes them (DOMAIN.md §3): the rollups gain the rated valid visits (satisfaction's
/// denominator), the unreached calls, and the merged, "not responsible" and cancelled cases reported apart. Reopening
/// used to erase a case's visit; a case without one gets back its latest visit from its history (the `follow_up`
/// rows, `contacted=… resolved=… satisfaction=…`). Then the rollups are recomputed from the cases, since merged and
/// "not responsible" closures are no longer (on-time) closures and unrated visits no longer count against satisfaction.
enum Migration018FollowUps {
    static let migration = Migration(
        version: 18, description: "case rollups: rated and unreached visits, closures reported apart; recomputed from the cases",
        statements: { dialect in
            ["rated", "unreached", "merged", "not_responsible", "cancelled"].map {
                "ALTER TABLE case_rollups ADD COLUMN \($0) \(dialect.doubleType) NOT NULL DEFAULT 0"
            }
        },
        afterwards: { tx in
            try await restoreVisits(on: tx)
            try await CaseRollupWriter.rebuild(on: tx)
        })

    /// Gives each case that lost its visit to a reopening the answers of its latest recorded follow-up.
    static func restoreVisits(on tx: any SQLExecutor) async throws {
        let rows = try await tx.query(
            """
            SELECT e.case_id, e.detail FROM case_events e JOIN cases c ON c.id = e.case_id
            WHERE e.event = 'follow_up' AND c.workflow NOT LIKE '%"contacted"%' ORDER BY e.id
            """, [])
        var latest: [Int64: String] = [:]
        for row in rows { latest[try row.int("case_id")] = try row.string("detail") }
        for (id, detail) in latest.sorted(by: { $0.key < $1.key }) {
            guard let visit = legacyVisit(detail),
                let row = try await tx.first("SELECT workflow FROM cases WHERE id = ?", [.int(id)])
            else { continue }
            var workflow = try JSONColumn.value(CaseWorkflow.self, try row.string("workflow"), column: "workflow")
            workflow.contacted = visit.responded
            workflow.resolved = visit.resolved
            workflow.satisfaction = visit.satisfaction
            try await tx.execute("UPDATE cases SET workflow = ? WHERE id = ?", [.text(CaseJSON.workflow(workflow)), .int(id)])
        }
    }

    /// A history row's visit as Oasis wrote it before follow-ups asked whether the citizen was reached
    /// (`contacted=true resolved=false satisfaction=-`): a visit then always counted as a valid one.
    static func legacyVisit(_ detail: String) -> FollowUpVisit? {
        var fields: [String: String] = [:]
        for part in detail.split(separator: " ") {
            let pair = part.split(separator: "=", maxSplits: 1).map(String.init)
            if pair.count == 2 { fields[pair[0]] = pair[1] }
        }
        guard let contacted = fields["contacted"].flatMap(Bool.init), let resolved = fields["resolved"].flatMap(Bool.init) else { return nil }
        return .reached(responded: contacted, resolved: resolved, satisfaction: fields["satisfaction"].flatMap(Satisfaction.init(rawValue:)))
    }
}
