import Foundation
import OasisCore

/// Edits of plans, schemes and tasks after they were created: a plan's titles, years and goals; a scheme's measure and
/// titles; a task's titles, units, deadline and deliverable; a new task under a scheme. A plan keeps its region and
/// policy, a scheme its plan and region, a task its scheme and status (statuses move through ``setTaskStatus``).
/// Each edit is checked as a creation is, kept in the access's scope and audited with the record before and after.
extension PlanRepository {
    public func update(_ plan: PromotionPlan, by access: StoreAccess) async throws -> PromotionPlan {
        guard let before = try await self.plan(plan.id, for: access) else { throw OasisError.notFound("Plan", String(plan.id)) }
        var after = plan
        after.region = before.region
        after.policyID = before.policyID
        let problems = after.problems()
        guard problems.isEmpty else { throw OasisError.invalid(code: "plan_invalid", message: "The plan is not valid.", details: problems) }
        try await applyEdit(
            "UPDATE plans SET title_zh = ?, title_en = ?, titles = ?, start_year = ?, end_year = ?, goals = ?, updated_at = ? WHERE id = ?",
            [
                .text(after.titleZh), .text(after.titleEn), LocalizedNamesColumn.value(after.titles), .int(Int64(after.startYear)),
                .int(Int64(after.endYear)), .text(JSONColumn.text(after.goals)),
            ], entity: "plan", region: before.region, before: before, after: after, id: after.id, access: access)
        return after
    }

    /// One scheme (with its tasks) the access may see.
    public func scheme(_ id: Int64, for access: StoreAccess) async throws -> ImplementationScheme? {
        try await schemes(for: access).first { $0.id == id }
    }

    /// Changes a scheme's measure and titles; its tasks are left as they are.
    public func updateScheme(_ scheme: ImplementationScheme, by access: StoreAccess) async throws -> ImplementationScheme {
        guard let before = try await self.scheme(scheme.id, for: access) else { throw OasisError.notFound("Scheme", String(scheme.id)) }
        var after = before
        after.measure = scheme.measure
        after.titles = scheme.titles
        let policy = try await policy(ofPlan: before.planID, access: access)
        var heading = after
        heading.tasks = []
        let problems = heading.problems(policy: policy)
        guard problems.isEmpty else { throw OasisError.invalid(code: "scheme_invalid", message: "The scheme is not valid.", details: problems) }
        try await applyEdit(
            "UPDATE schemes SET measure = ?, title_zh = ?, title_en = ?, titles = ?, updated_at = ? WHERE id = ?",
            [.int(Int64(after.measure)), .text(after.titleZh), .text(after.titleEn), LocalizedNamesColumn.value(after.titles)],
            entity: "scheme", region: before.region, before: before, after: after, id: after.id, access: access)
        return after
    }

    /// Adds a task to a scheme the access may see; it starts planned.
    public func addTask(_ task: SchemeTask, toScheme id: Int64, by access: StoreAccess) async throws -> SchemeTask {
        guard let scheme = try await self.scheme(id, for: access) else { throw OasisError.notFound("Scheme", String(id)) }
        var saved = task
        saved.schemeID = id
        saved.status = .planned
        saved.doneOn = nil
        let problems = saved.problems()
        guard problems.isEmpty else { throw OasisError.invalid(code: "task_invalid", message: "The task is not valid.", details: problems) }
        let now = clock.now()
        let audit = self.audit
        let draft = saved
        return try await database.transaction { tx in
            try await RegionRepository.requireInScope([scheme.region], access: access, on: tx)
            var inserted = draft
            inserted.id = try await Self.insert(draft, now: now, on: tx)
            try await audit.append(
                AuditChange(
                    action: "task.create", entityType: "task", entityID: String(inserted.id), regionCode: scheme.region,
                    before: nil as SchemeTask?, after: inserted), by: access, on: tx)
            return inserted
        }
    }

    /// One task the access may see, with the scheme it belongs to.
    public func task(_ id: Int64, for access: StoreAccess) async throws -> (task: SchemeTask, scheme: ImplementationScheme)? {
        for scheme in try await schemes(for: access) {
            if let task = scheme.tasks.first(where: { $0.id == id }) { return (task, scheme) }
        }
        return nil
    }

    /// Changes a task's titles, lead and co-operating units, deadline and deliverable; its status stays.
    public func updateTask(_ task: SchemeTask, by access: StoreAccess) async throws -> SchemeTask {
        guard let (before, scheme) = try await self.task(task.id, for: access) else { throw OasisError.notFound("Task", String(task.id)) }
        var after = task
        after.schemeID = before.schemeID
        after.status = before.status
        after.doneOn = before.doneOn
        let problems = after.problems()
        guard problems.isEmpty else { throw OasisError.invalid(code: "task_invalid", message: "The task is not valid.", details: problems) }
        try await applyEdit(
            """
            UPDATE tasks SET title_zh = ?, title_en = ?, titles = ?, lead_unit = ?, co_units = ?, deadline = ?, deliverable = ?, updated_at = ?
            WHERE id = ?
            """,
            [
                .text(after.titleZh), .text(after.titleEn), LocalizedNamesColumn.value(after.titles), .text(after.leadUnit),
                .text(JSONColumn.text(after.coUnits)), DayText.value(after.deadline), .text(after.deliverable),
            ], entity: "task", region: scheme.region, before: before, after: after, id: after.id, access: access)
        return after
    }

    /// Runs one edit's `UPDATE` (its binds followed by the time of the change and the id) inside the region's scope
    /// and audits it as `<entity>.update`, in one transaction.
    func applyEdit<Record: Encodable & Sendable>(
        _ sql: String, _ binds: [SQLValue], entity: String, region: String, before: Record, after: Record, id: Int64, access: StoreAccess
    ) async throws {
        let now = clock.now()
        let audit = self.audit
        try await database.transaction { tx in
            try await RegionRepository.requireInScope([region], access: access, on: tx)
            try await tx.execute(sql, binds + [SQLValue(now), .int(id)])
            try await audit.append(
                AuditChange(action: "\(entity).update", entityType: entity, entityID: String(id), regionCode: region, before: before, after: after),
                by: access, on: tx)
        }
    }

    /// The policy of a plan the access may see (nil when the plan names an unknown policy).
    func policy(ofPlan id: Int64, access: StoreAccess) async throws -> Policy? {
        guard let plan = try await plan(id, for: access) else { throw OasisError.notFound("Plan", String(id)) }
        return try await PolicyRepository(database: database, audit: audit, clock: clock).get(plan.policyID)
    }
}
