import Foundation
import OasisCore

/// The aggregate views of the promotion mechanism, computed in SQL over the measure rollups and the project
/// rows (which carry their totals and latest progress) so that they stay fast at 100,000 projects and a
/// million reports.
public struct PromotionStatusRepository: Sendable {
    let database: any SQLDatabase

    /// A late project: past its planned end and not finished, or finished after it.
    static func late(_ table: String, today: String) -> String {
        """
        ((\(table).planned_end < '\(today)' AND \(table).actual_end IS NULL AND \(table).stage NOT IN ('completed', 'accepted'))
            OR \(table).actual_end > \(table).planned_end)
        """
    }

    static func overdueTask(_ table: String, today: String) -> String {
        "((\(table).status IN ('planned', 'in_progress') AND \(table).deadline < '\(today)') OR \(table).done_on > \(table).deadline)"
    }

    /// Task and project figures per measure of one policy, within a region (and below) and the access's scope.
    public func measures(policyID: String, region: String?, today: Date, for access: StoreAccess) async throws -> [Int: MeasureStatus] {
        let day = DayText.text(today)
        var statuses: [Int: MeasureStatus] = [:]
        let (projectScope, projectBinds) = Self.scope("region_code", region: region, access: access)
        let projectRows = try await database.query(
            """
            SELECT measure, stage, SUM(projects) AS n, SUM(budget) AS budget, SUM(actual) AS actual, SUM(progress_sum) AS progress_sum,
                SUM(progress_n) AS progress_n,
                SUM(finished_late + CASE WHEN planned_end <> '' AND planned_end < '\(day)' THEN open_unfinished ELSE 0 END) AS late
            FROM measure_rollups
            WHERE policy_id = ? AND \(projectScope)
            GROUP BY measure, stage
            """, [.text(policyID)] + projectBinds)
        var progress: [Int: (sum: Double, count: Int)] = [:]
        for row in projectRows {
            let measure = Int(try row.int("measure"))
            var status = statuses[measure] ?? MeasureStatus(measure: measure)
            let count = Int(try row.int("n"))
            status.projects += count
            status.projectsByStage[try row.string("stage"), default: 0] += count
            status.budget += row.optionalDouble("budget") ?? 0
            status.actualInvestment += row.optionalDouble("actual") ?? 0
            status.lateProjects += Int(row.optionalInt("late") ?? 0)
            let sum = row.optionalDouble("progress_sum") ?? 0
            let reported = Int(row.optionalInt("progress_n") ?? 0)
            progress[measure, default: (0, 0)].sum += sum
            progress[measure, default: (0, 0)].count += reported
            statuses[measure] = status
        }
        for (measure, value) in progress where value.count > 0 { statuses[measure]?.meanProgress = value.sum / Double(value.count) }
        let (taskScope, taskBinds) = Self.scope("s.region_code", region: region, access: access)
        let taskRows = try await database.query(
            """
            SELECT s.measure AS measure, COUNT(*) AS n, SUM(CASE WHEN t.status = 'done' THEN 1 ELSE 0 END) AS done,
                SUM(CASE WHEN \(Self.overdueTask("t", today: day)) THEN 1 ELSE 0 END) AS overdue
            FROM tasks t JOIN schemes s ON s.id = t.scheme_id JOIN plans pl ON pl.id = s.plan_id
            WHERE pl.policy_id = ? AND \(taskScope)
            GROUP BY s.measure
            """, [.text(policyID)] + taskBinds)
        for row in taskRows {
            let measure = Int(try row.int("measure"))
            var status = statuses[measure] ?? MeasureStatus(measure: measure)
            status.tasks = Int(try row.int("n"))
            status.tasksDone = Int(row.optionalInt("done") ?? 0)
            status.tasksOverdue = Int(row.optionalInt("overdue") ?? 0)
            statuses[measure] = status
        }
        return statuses
    }

    /// Delays grouped by lead unit and by region.
    public func delays(region: String?, today: Date, for access: StoreAccess) async throws -> (byUnit: [DelayGroup], byRegion: [DelayGroup]) {
        let day = DayText.text(today)
        var units: [String: DelayGroup] = [:]
        var regions: [String: DelayGroup] = [:]
        let (projectScope, projectBinds) = Self.scope("p.region_code", region: region, access: access)
        let projectRows = try await database.query(
            """
            SELECT p.region_code AS region, COALESCE(p.unit, '') AS unit, COUNT(*) AS n,
                SUM(CASE WHEN \(Self.late("p", today: day)) THEN 1 ELSE 0 END) AS late,
                SUM(CASE WHEN p.total_budget > 0 AND p.total_actual > p.total_budget THEN 1 ELSE 0 END) AS over
            FROM projects p WHERE \(projectScope)
            GROUP BY p.region_code, COALESCE(p.unit, '')
            """, projectBinds)
        for row in projectRows {
            let region = try row.string("region")
            let unit = try row.string("unit")
            let count = Int(try row.int("n"))
            let late = Int(row.optionalInt("late") ?? 0)
            let over = Int(row.optionalInt("over") ?? 0)
            for key in [region] { regions[key, default: DelayGroup(key: key)].add(projects: count, late: late, over: over) }
            if !unit.isEmpty { units[unit, default: DelayGroup(key: unit)].add(projects: count, late: late, over: over) }
        }
        let milestoneRows = try await database.query(
            """
            SELECT p.region_code AS region, COALESCE(p.unit, '') AS unit, COUNT(*) AS n
            FROM project_milestones m JOIN projects p ON p.id = m.project_id
            WHERE ((m.done IS NULL AND m.due < '\(day)') OR m.done > m.due) AND \(projectScope)
            GROUP BY p.region_code, COALESCE(p.unit, '')
            """, projectBinds)
        for row in milestoneRows {
            let region = try row.string("region")
            let unit = try row.string("unit")
            let count = Int(try row.int("n"))
            regions[region, default: DelayGroup(key: region)].overdueMilestones += count
            if !unit.isEmpty { units[unit, default: DelayGroup(key: unit)].overdueMilestones += count }
        }
        let (taskScope, taskBinds) = Self.scope("s.region_code", region: region, access: access)
        let taskRows = try await database.query(
            """
            SELECT s.region_code AS region, t.lead_unit AS unit, COUNT(*) AS n, SUM(CASE WHEN \(Self.overdueTask("t", today: day)) THEN 1 ELSE 0 END) AS overdue
            FROM tasks t JOIN schemes s ON s.id = t.scheme_id WHERE \(taskScope)
            GROUP BY s.region_code, t.lead_unit
            """, taskBinds)
        for row in taskRows {
            let region = try row.string("region")
            let unit = try row.string("unit")
            let count = Int(try row.int("n"))
            let overdue = Int(row.optionalInt("overdue") ?? 0)
            regions[region, default: DelayGroup(key: region)].tasks += count
            regions[region, default: DelayGroup(key: region)].overdueTasks += overdue
            units[unit, default: DelayGroup(key: unit)].tasks += count
            units[unit, default: DelayGroup(key: unit)].overdueTasks += overdue
        }
        let order: (DelayGroup, DelayGroup) -> Bool = { a, b in
            let delaysA = a.overdueTasks + a.lateProjects + a.overdueMilestones + a.costOverruns
            let delaysB = b.overdueTasks + b.lateProjects + b.overdueMilestones + b.costOverruns
            return delaysA != delaysB ? delaysA > delaysB : a.key < b.key
        }
        return (units.values.sorted(by: order), regions.values.sorted(by: order))
    }

    static func scope(_ column: String, region: String?, access: StoreAccess) -> (String, [SQLValue]) {
        let filter = ScopeFilter(access: access, column: column)
        guard let region else { return (filter.sql, filter.binds) }
        let within = ScopeFilter.within(region, column: column)
        return ("\(filter.sql) AND \(within.sql)", filter.binds + [within.bind])
    }
}

extension DelayGroup {
    mutating func add(projects count: Int, late: Int, over: Int) {
        projects += count
        lateProjects += late
        costOverruns += over
    }
}
