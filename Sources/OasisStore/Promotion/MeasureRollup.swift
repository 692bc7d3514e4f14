import Foundation
import OasisCore

/// Keeps `measure_rollups` in step with the project library: a project's contribution (per measure: count,
/// budget, investment, progress, lateness inputs, under its region, stage and planned end) is subtracted before
/// a change and added after it, in the same transaction.
public enum MeasureRollup {
    struct Key: Hashable {
        var policy: String
        var measure: Int
        var region: String
        var stage: String
        var plannedEnd: String
    }

    struct Sums {
        var projects = 0.0, budget = 0.0, actual = 0.0, progressSum = 0.0, progressN = 0.0, finishedLate = 0.0, openUnfinished = 0.0

        var values: [Double] { [projects, budget, actual, progressSum, progressN, finishedLate, openUnfinished] }

        mutating func add(_ other: Sums, sign: Double) {
            projects += sign * other.projects
            budget += sign * other.budget
            actual += sign * other.actual
            progressSum += sign * other.progressSum
            progressN += sign * other.progressN
            finishedLate += sign * other.finishedLate
            openUnfinished += sign * other.openUnfinished
        }
    }

    static func contribution(_ project: RenewalProject) -> [(Key, Sums)] {
        let plannedEnd = project.plannedEnd.map(DayText.text) ?? ""
        var sums = Sums()
        sums.projects = 1
        sums.budget = project.totalBudget
        sums.actual = project.totalActualInvestment
        if let progress = project.progress {
            sums.progressSum = progress
            sums.progressN = 1
        }
        if let actual = project.actualEnd.map(DayText.text), !plannedEnd.isEmpty, actual > plannedEnd { sums.finishedLate = 1 }
        if project.actualEnd == nil, !project.stage.isFinished { sums.openUnfinished = 1 }
        return Set(project.measures).map { measure in
            (Key(policy: project.policyID, measure: measure, region: project.region, stage: project.stage.rawValue, plannedEnd: plannedEnd), sums)
        }
    }

    /// Applies the difference between the projects before and after a change.
    static func apply(before: [RenewalProject], after: [RenewalProject], on tx: any SQLExecutor) async throws {
        var deltas: [Key: Sums] = [:]
        for project in before { for (key, sums) in contribution(project) { deltas[key, default: Sums()].add(sums, sign: -1) } }
        for project in after { for (key, sums) in contribution(project) { deltas[key, default: Sums()].add(sums, sign: 1) } }
        let changed = deltas.filter { !$0.value.values.allSatisfy { $0 == 0 } }
        guard !changed.isEmpty else { return }
        let rows = changed.map { key, sums -> [SQLValue] in
            [.text(key.policy), .int(Int64(key.measure)), .text(key.region), .text(key.stage), .text(key.plannedEnd)]
                + sums.values.map(SQLValue.double)
        }
        try await AdditiveUpsert.rows(
            table: "measure_rollups", keyColumns: ["policy_id", "measure", "region_code", "stage", "planned_end"],
            valueColumns: ["projects", "budget", "actual", "progress_sum", "progress_n", "finished_late", "open_unfinished"],
            rows: rows, on: tx)
        try await tx.execute("DELETE FROM measure_rollups WHERE projects = 0")
    }

    /// Recomputes the whole rollup from the library (after a bulk load, or to repair).
    public static func rebuild(on tx: any SQLExecutor) async throws {
        try await tx.execute("DELETE FROM measure_rollups")
        try await tx.execute(
            """
            INSERT INTO measure_rollups (policy_id, measure, region_code, stage, planned_end, projects, budget, actual, progress_sum, progress_n,
                finished_late, open_unfinished)
            SELECT pm.policy_id, pm.measure, p.region_code, p.stage, COALESCE(p.planned_end, ''), COUNT(*), SUM(p.total_budget), SUM(p.total_actual),
                SUM(COALESCE(p.progress, 0)), COUNT(p.progress),
                SUM(CASE WHEN p.actual_end > p.planned_end THEN 1 ELSE 0 END),
                SUM(CASE WHEN p.actual_end IS NULL AND p.stage NOT IN ('completed', 'accepted') THEN 1 ELSE 0 END)
            FROM project_measures pm JOIN projects p ON p.id = pm.project_id
            GROUP BY pm.policy_id, pm.measure, p.region_code, p.stage, COALESCE(p.planned_end, '')
            """)
    }
}
