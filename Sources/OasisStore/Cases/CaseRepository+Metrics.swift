import Foundation
import OasisCore

extension CaseRepository {
    /// One row of the metrics: a group (a unit, region or category; empty for all) in a month or over the range.
    public struct MetricsRow: Codable, Sendable, Equatable {
        public var key: String
        public var month: String?
        public var metrics: CaseMetrics
    }

    /// The metrics per group of one dimension: per month, or summed over the months `from`–`to` (inclusive,
    /// `YYYY-MM`) when `byMonth` is false. `asOf` decides which open cases are due. Only the access's cases
    /// count. An access that sees every case reads the rollups; so does one limited to regions only for the
    /// region and overall figures (its cases are exactly those of the region rollup rows inside its scope). Other
    /// scoped figures are computed from the cases in scope, the same way the rollups are kept. `weights` nil: the
    /// weights and factor of the settings (`metricsWeights()`).
    public func metrics(
        _ dimension: CaseRollupDimension, from: String? = nil, to: String? = nil, byMonth: Bool, asOf: Date,
        weights given: CaseMetrics.Weights? = nil, for access: StoreAccess
    ) async throws -> [MetricsRow] {
        var weights = CaseMetrics.Weights()
        if let given { weights = given } else { weights = try await metricsWeights() }
        let everything = try await seesEveryCase(access)
        let byRegionRollup = !everything && access.scope.coversAllUnits && (dimension == .region || dimension == .all)
        guard everything || byRegionRollup else {
            let figures = try await scopedFigures(dimension, from: from, to: to, byMonth: byMonth, asOf: asOf, for: access)
            return figures.rows(byMonth: byMonth, weights: weights)
        }
        var condition = "dimension = ?"
        var binds: [SQLValue] = [.text((byRegionRollup ? .region : dimension).rawValue)]
        if byRegionRollup {
            // The region rows inside the scope, and the top-level queue's (no region) for a scope above every district.
            let regions = ScopeFilter(access: access, column: "group_key")
            let unplaced = try await WriteScope.coversEveryRegion(access, on: database) ? " OR group_key = ''" : ""
            condition += " AND (\(regions.sql)\(unplaced))"
            binds += regions.binds
        }
        if let from {
            condition += " AND period >= ?"
            binds.append(.text(from))
        }
        if let to {
            condition += " AND period <= ?"
            binds.append(.text(to))
        }
        // The overall figures of a region scope add up its regions' rows.
        let overall: String? = byRegionRollup && dimension == .all ? "" : nil
        let groupKey = byMonth ? "group_key, period" : "group_key"
        let fields = CaseRollupCounters.fields.map { "SUM(\($0)) AS \($0)" }.joined(separator: ", ")
        var counters: [String: CaseRollupCounters] = [:]
        for row in try await database.query("SELECT \(groupKey), \(fields) FROM case_rollups WHERE \(condition) GROUP BY \(groupKey)", binds) {
            let values = CaseRollupCounters.fields.map { row.optionalDouble($0) ?? 0 }
            let name = Self.groupName(row, byMonth, key: overall)
            counters[name] = (counters[name] ?? CaseRollupCounters()) + CaseRollupCounters(values: values)
        }
        var histograms: [String: [Int: Int]] = [:]
        for row in try await database.query(
            "SELECT \(groupKey), whole_hours, SUM(n) AS n FROM case_handling_hours WHERE \(condition) GROUP BY \(groupKey), whole_hours", binds)
        {
            let count = Int(row.optionalInt("n") ?? 0)
            if count != 0 {
                histograms[Self.groupName(row, byMonth, key: overall), default: [:]][Int(try row.int("whole_hours")), default: 0] += count
            }
        }
        // Due open cases: whole days before today from the rollup, today's part from the cases themselves.
        let today = CaseContribution.day(asOf)
        var openDue: [String: Int] = [:]
        for row in try await database.query(
            "SELECT \(groupKey), SUM(n) AS n FROM case_open_deadlines WHERE \(condition) AND due_day < ? GROUP BY \(groupKey)",
            binds + [.text(today)])
        {
            openDue[Self.groupName(row, byMonth, key: overall), default: 0] += Int(row.optionalInt("n") ?? 0)
        }
        let dayStart = Self.startOfChinaDay(asOf)
        // Today's part of a region scope: only its own cases (the rollup rows above are already limited to it).
        let scope = CaseScope(access: access)
        let scopeSQL = everything ? "1 = 1" : scope.sql
        let scopeBinds: [SQLValue] = everything ? [] : scope.binds
        for row in try await database.query(
            "SELECT * FROM cases WHERE deadline_at >= ? AND deadline_at <= ? AND closed_at IS NULL AND status <> 'cancelled' AND \(scopeSQL)",
            [SQLValue(dayStart), SQLValue(asOf)] + scopeBinds)
        {
            let contribution = CaseContribution(try CaseRows.item(from: row))
            guard from.map({ contribution.month >= $0 }) ?? true, to.map({ contribution.month <= $0 }) ?? true else { continue }
            let key = contribution.keys[dimension] ?? ""
            openDue[byMonth ? key + "|" + contribution.month : key, default: 0] += 1
        }
        return MetricsFigures(counters: counters, histograms: histograms, openDue: openDue).rows(byMonth: byMonth, weights: weights)
    }

    /// Whether the access's scope holds every case: no unit restriction, and no region restriction. A scope naming
    /// regions does not, even when they are all the regions stored: cases may name regions the store does not hold
    /// (historical imports), and those are outside it.
    func seesEveryCase(_ access: StoreAccess) async throws -> Bool {
        access.scope.coversAllUnits && access.scope.coversAllRegions
    }

    /// The group a rollup row counts in: its own key, or `key` when given (rows merged into one group).
    static func groupName(_ row: SQLRow, _ byMonth: Bool, key: String? = nil) -> String {
        let key = key ?? row.optionalString("group_key") ?? ""
        return byMonth ? key + "|" + (row.optionalString("period") ?? "") : key
    }

    /// 00:00 China Standard Time of the day of `date`.
    static func startOfChinaDay(_ date: Date) -> Date {
        let offset = Double(CaseContribution.chinaTime.secondsFromGMT(for: date))
        let local = date.timeIntervalSince1970 + offset
        return Date(timeIntervalSince1970: (local / 86_400).rounded(.down) * 86_400 - offset)
    }

    /// Hotspots: the categories with the most cases per region over a span of months — candidates for the
    /// month's topic (每月一题) — among the cases in the access's scope.
    public func hotspots(from: String, to: String, limit: Int = 10, for access: StoreAccess) async throws -> [(
        category: String, region: String, cases: Int
    )] {
        let fromDate = CalendarDay("\(from)-01")?.date ?? .distantPast
        let toDay = CalendarDay("\(to)-01").map { $0.adding(days: 31) }?.date ?? .distantFuture
        let scope = CaseScope(access: access)
        let rows = try await database.query(
            """
            SELECT category, COALESCE(region_code, '') AS region, COUNT(*) AS n FROM cases
            WHERE registered_at >= ? AND registered_at < ? AND \(scope.sql)
            GROUP BY category, COALESCE(region_code, '') ORDER BY n DESC, category LIMIT \(limit)
            """, [SQLValue(fromDate), SQLValue(toDay)] + scope.binds)
        return try rows.map { (try $0.string("category"), try $0.string("region"), Int(try $0.int("n"))) }
    }
}
