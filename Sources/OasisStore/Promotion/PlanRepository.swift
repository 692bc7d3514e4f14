import Foundation
import OasisCore

/// Strategic plans and their implementation schemes with tasks: the first two links of
/// "plan → scheme → project". Kept in the access's regional scope, every change audited.
public struct PlanRepository: Sendable {
    let database: any SQLDatabase
    let audit: AuditLog
    let clock: any OasisClock

    public func create(_ plan: PromotionPlan, by access: StoreAccess) async throws -> PromotionPlan {
        var problems = plan.problems()
        if problems.isEmpty, try await PolicyRepository(database: database, audit: audit, clock: clock).get(plan.policyID) == nil {
            problems.append(.init(field: "policyID", reason: "unknown policy \(plan.policyID)"))
        }
        guard problems.isEmpty else { throw OasisError.invalid(code: "plan_invalid", message: "The plan is not valid.", details: problems) }
        let now = clock.now()
        let audit = self.audit
        return try await database.transaction { tx in
            try await RegionRepository.requireInScope([plan.region], access: access, on: tx)
            var saved = plan
            saved.id = try await tx.insertReturningID(
                """
                INSERT INTO plans (region_code, policy_id, title_zh, title_en, titles, start_year, end_year, goals, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                [
                    .text(plan.region), .text(plan.policyID), .text(plan.titleZh), .text(plan.titleEn), LocalizedNamesColumn.value(plan.titles),
                    .int(Int64(plan.startYear)),
                    .int(Int64(plan.endYear)),
                    .text(JSONColumn.text(plan.goals)), SQLValue(now),
                ])
            try await audit.append(
                AuditChange(
                    action: "plan.create", entityType: "plan", entityID: String(saved.id), regionCode: plan.region,
                    before: nil as PromotionPlan?, after: saved), by: access, on: tx)
            return saved
        }
    }

    public func plans(for access: StoreAccess) async throws -> [PromotionPlan] {
        let filter = ScopeFilter(access: access, column: "region_code")
        return try await database.query("SELECT * FROM plans WHERE \(filter.sql) ORDER BY id", filter.binds).map(Self.plan(from:))
    }

    public func plan(_ id: Int64, for access: StoreAccess) async throws -> PromotionPlan? {
        try await plans(for: access).first { $0.id == id }
    }

    /// Adds a scheme with its tasks under a plan the access may see; the measure must belong to the plan's policy.
    public func createScheme(_ scheme: ImplementationScheme, by access: StoreAccess) async throws -> ImplementationScheme {
        guard let plan = try await plan(scheme.planID, for: access) else { throw OasisError.notFound("Plan", String(scheme.planID)) }
        let policy = try await PolicyRepository(database: database, audit: audit, clock: clock).get(plan.policyID)
        let details = scheme.problems(policy: policy)
        guard details.isEmpty else { throw OasisError.invalid(code: "scheme_invalid", message: "The scheme is not valid.", details: details) }
        let now = clock.now()
        let audit = self.audit
        return try await database.transaction { tx in
            try await RegionRepository.requireInScope([scheme.region], access: access, on: tx)
            var saved = scheme
            saved.id = try await tx.insertReturningID(
                "INSERT INTO schemes (plan_id, measure, region_code, title_zh, title_en, titles, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    .int(plan.id), .int(Int64(scheme.measure)), .text(scheme.region), .text(scheme.titleZh), .text(scheme.titleEn),
                    LocalizedNamesColumn.value(scheme.titles), SQLValue(now),
                ])
            for index in saved.tasks.indices {
                saved.tasks[index].schemeID = saved.id
                saved.tasks[index].id = try await Self.insert(saved.tasks[index], now: now, on: tx)
            }
            try await audit.append(
                AuditChange(
                    action: "scheme.create", entityType: "scheme", entityID: String(saved.id), regionCode: scheme.region,
                    before: nil as ImplementationScheme?, after: saved), by: access, on: tx)
            return saved
        }
    }

    /// Schemes (with tasks) of one plan, or of all plans the access may see.
    public func schemes(plan: Int64? = nil, for access: StoreAccess) async throws -> [ImplementationScheme] {
        let filter = ScopeFilter(access: access, column: "region_code")
        var sql = "SELECT * FROM schemes WHERE \(filter.sql)"
        var binds = filter.binds
        if let plan {
            sql += " AND plan_id = ?"
            binds.append(.int(plan))
        }
        var schemes = try await database.query(sql + " ORDER BY measure, id", binds).map(Self.scheme(from:))
        guard !schemes.isEmpty else { return [] }
        var index: [Int64: Int] = [:]
        for (position, scheme) in schemes.enumerated() { index[scheme.id] = position }
        let ids = schemes.map { SQLValue.int($0.id) }
        for row in try await database.query("SELECT * FROM tasks WHERE scheme_id IN (\(Placeholders.list(ids.count))) ORDER BY deadline, id", ids) {
            let task = try Self.task(from: row)
            if let position = index[task.schemeID] { schemes[position].tasks.append(task) }
        }
        return schemes
    }

    /// Moves a task along (done needs the day it was done).
    public func setTaskStatus(_ id: Int64, to status: TaskStatus, doneOn: Date?, by access: StoreAccess) async throws -> SchemeTask {
        let filter = ScopeFilter(access: access, column: "s.region_code")
        guard
            let row = try await database.first(
                "SELECT t.*, s.region_code FROM tasks t JOIN schemes s ON s.id = t.scheme_id WHERE t.id = ? AND \(filter.sql)",
                [.int(id)] + filter.binds)
        else { throw OasisError.notFound("Task", String(id)) }
        let before = try Self.task(from: row)
        guard before.status.isOpen else {
            throw OasisError.conflict(
                code: "invalid_transition", message: "Task \(id) is \(before.status.rawValue) already; it cannot become \(status.rawValue).")
        }
        if status == .done, doneOn == nil {
            throw OasisError.invalid(
                code: "done_on_required", message: "Say on which day the task was done.",
                details: [.init(field: "doneOn", reason: "required when status is done")])
        }
        var changed = before
        changed.status = status
        changed.doneOn = status == .done ? doneOn : nil
        let after = changed
        let region = try row.string("region_code")
        let now = clock.now()
        let audit = self.audit
        try await database.transaction { tx in
            try await tx.execute(
                "UPDATE tasks SET status = ?, done_on = ?, updated_at = ? WHERE id = ?",
                [.text(status.rawValue), DayText.value(after.doneOn), SQLValue(now), .int(id)])
            try await audit.append(
                AuditChange(
                    action: "task.\(status.rawValue)", entityType: "task", entityID: String(id), regionCode: region,
                    before: before, after: after), by: access, on: tx)
        }
        return after
    }

    static func insert(_ task: SchemeTask, now: Date, on tx: any SQLExecutor) async throws -> Int64 {
        try await tx.insertReturningID(
            """
            INSERT INTO tasks (scheme_id, title_zh, title_en, titles, lead_unit, co_units, deadline, deliverable, status, done_on, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                .int(task.schemeID), .text(task.titleZh), .text(task.titleEn), LocalizedNamesColumn.value(task.titles), .text(task.leadUnit),
                .text(JSONColumn.text(task.coUnits)),
                DayText.value(task.deadline), .text(task.deliverable), .text(task.status.rawValue), DayText.value(task.doneOn), SQLValue(now),
            ])
    }

    static func plan(from row: SQLRow) throws -> PromotionPlan {
        var plan = PromotionPlan(
            id: try row.int("id"), region: try row.string("region_code"), policyID: try row.string("policy_id"), titleZh: try row.string("title_zh"),
            titleEn: try row.string("title_en"), startYear: Int(try row.int("start_year")), endYear: Int(try row.int("end_year")),
            goals: try JSONColumn.value([PlanGoal].self, try row.string("goals"), column: "goals"))
        plan.titles = try LocalizedNamesColumn.names(zhHans: plan.titleZh, en: plan.titleEn, row: row, table: "plans", column: "titles")
        return plan
    }

    static func scheme(from row: SQLRow) throws -> ImplementationScheme {
        var scheme = ImplementationScheme(
            id: try row.int("id"), planID: try row.int("plan_id"), measure: Int(try row.int("measure")), region: try row.string("region_code"),
            titleZh: try row.string("title_zh"), titleEn: try row.string("title_en"))
        scheme.titles = try LocalizedNamesColumn.names(zhHans: scheme.titleZh, en: scheme.titleEn, row: row, table: "schemes", column: "titles")
        return scheme
    }

    static func task(from row: SQLRow) throws -> SchemeTask {
        let statusText = try row.string("status")
        guard let status = TaskStatus(rawValue: statusText) else {
            throw OasisError(kind: .internal, code: "store_row_shape", message: "Task row holds an unknown status \(statusText).")
        }
        var task = SchemeTask(
            id: try row.int("id"), schemeID: try row.int("scheme_id"), titleZh: try row.string("title_zh"), titleEn: try row.string("title_en"),
            leadUnit: try row.string("lead_unit"), coUnits: try JSONColumn.value([String].self, try row.string("co_units"), column: "co_units"),
            deadline: DayText.date(row.optionalString("deadline")) ?? .distantPast, deliverable: try row.string("deliverable"), status: status,
            doneOn: DayText.date(row.optionalString("done_on")))
        task.titles = try LocalizedNamesColumn.names(zhHans: task.titleZh, en: task.titleEn, row: row, table: "tasks", column: "titles")
        return task
    }
}
