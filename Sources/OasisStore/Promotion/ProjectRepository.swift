import Foundation
import OasisCore

/// The project library (项目库): projects with their measures, cited problems and milestones, kept in the
/// access's regional scope, every change audited.
public struct ProjectRepository: Sendable {
    let database: any SQLDatabase
    let audit: AuditLog
    let clock: any OasisClock

    /// A saved project with what it was before (nil when new).
    public struct Change: Sendable {
        public var before: RenewalProject?
        public var after: RenewalProject
    }

    static let baseColumns = [
        "code", "name_zh", "name_en", "type", "region_code", "unit", "stage", "policy_id", "task_id", "longitude", "latitude", "area",
        "budget", "total_budget", "planned_investment", "actual_investment", "total_actual", "planned_start", "planned_end", "actual_end",
        "residential", "max_height", "risks", "progress", "progress_on", "updated_at",
    ]
    /// Every written column: the base ones and the names beyond zh-Hans and English (migration 10).
    static let columns = baseColumns + ["names"]

    /// Inserts new projects and updates existing ones (matched by code among the projects the writer may see),
    /// all or nothing, in batches. Regions must exist inside the writer's scope, and a code already used by a
    /// project outside it is refused (409) without touching that project. Progress is kept from the reports for
    /// existing projects.
    @discardableResult
    public func save(_ projects: [RenewalProject], by access: StoreAccess) async throws -> [Change] {
        guard !projects.isEmpty else { return [] }
        try Self.refuseDuplicateCodes(projects)
        let now = clock.now()
        let audit = self.audit
        return try await database.transaction { tx in
            try await RegionRepository.requireInScope(Set(projects.map(\.region)), access: access, on: tx)
            try await Self.refuseCodesOutsideScope(projects, access: access, on: tx)
            let scope = ScopeFilter(access: access, column: "region_code")
            var changes: [Change] = []
            changes.reserveCapacity(projects.count)
            for start in stride(from: 0, to: projects.count, by: 150) {
                let chunk = Array(projects[start..<min(start + 150, projects.count)])
                let existing = try await Self.load(
                    where: "code IN (\(Placeholders.list(chunk.count))) AND \(scope.sql)",
                    chunk.map { .text($0.code) } + scope.binds, on: tx)
                let byCode = Dictionary(existing.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
                var inserts: [RenewalProject] = []
                for project in chunk {
                    if var before = byCode[project.code] {
                        var after = project
                        after.id = before.id
                        after.progress = before.progress
                        after.progressOn = before.progressOn
                        try await Self.update(after, now: now, on: tx)
                        before.id = after.id
                        changes.append(Change(before: before, after: after))
                    } else {
                        inserts.append(project)
                    }
                }
                if !inserts.isEmpty {
                    let ids = try await Self.insert(inserts, now: now, on: tx)
                    for var project in inserts {
                        project.id = ids[project.code] ?? 0
                        changes.append(Change(before: nil, after: project))
                    }
                }
            }
            try await Self.replaceLinks(changes.map(\.after), on: tx)
            try await MeasureRollup.apply(before: changes.compactMap(\.before), after: changes.map(\.after), on: tx)
            try await audit.append(
                changes.map { change in
                    AuditChange(
                        action: change.before == nil ? "project.create" : "project.update", entityType: "project", entityID: String(change.after.id),
                        regionCode: change.after.region, before: change.before, after: change.after)
                }, by: access, on: tx)
            return changes
        }
    }

    /// One project by id, if the access may see it.
    public func get(_ id: Int64, for access: StoreAccess) async throws -> RenewalProject? {
        let filter = ScopeFilter(access: access, column: "region_code")
        return try await Self.load(where: "id = ? AND \(filter.sql)", [.int(id)] + filter.binds, on: database).first
    }

    /// Projects matching the query inside the access's scope, ordered by code, with the total count.
    public func list(_ query: ProjectQuery, for access: StoreAccess) async throws -> (total: Int, items: [RenewalProject]) {
        let (condition, binds) = query.condition(scope: ScopeFilter(access: access, column: "region_code"))
        let total = try await database.first("SELECT COUNT(*) AS n FROM projects WHERE \(condition)", binds)?.int("n") ?? 0
        let page = query.limit.map { " LIMIT \($0) OFFSET \(query.offset)" } ?? ""
        let items = try await Self.load(where: condition + " ORDER BY code" + page, binds, on: database)
        return (Int(total), items)
    }

    /// Projects citing any of these problems (the ledger's view of the library).
    public func citing(problems: [Int64]) async throws -> [RenewalProject] {
        guard !problems.isEmpty else { return [] }
        return try await Self.load(
            where: "id IN (SELECT project_id FROM project_problems WHERE problem_id IN (\(Placeholders.list(problems.count))))",
            problems.map { .int($0) }, on: database)
    }

    /// Records the latest progress on a project row (kept in step by the report repository).
    static func setProgress(projectID: Int64, on tx: any SQLExecutor) async throws {
        try await tx.execute(progressUpdate(where: "id = ?"), [.int(projectID)])
    }

    /// The statement that sets the latest progress of the projects matching a condition from their reports.
    public static func progressUpdate(where condition: String) -> String {
        """
        UPDATE projects SET
            progress = (SELECT r.percent FROM progress_reports r WHERE r.project_id = projects.id ORDER BY r.reported_on DESC, r.id DESC LIMIT 1),
            progress_on = (SELECT MAX(r.reported_on) FROM progress_reports r WHERE r.project_id = projects.id)
        WHERE \(condition)
        """
    }

    /// The project columns a bulk seed fills, in insert order (after `id`); `names` is left NULL.
    public static var columnList: String { baseColumns.joined(separator: ", ") }

    // MARK: - Rows

    static func refuseDuplicateCodes(_ projects: [RenewalProject]) throws(OasisError) {
        var seen: [String: Int] = [:]
        var details: [OasisError.Detail] = []
        for (index, project) in projects.enumerated() {
            if let first = seen[project.code] {
                details.append(.init(field: "projects[\(index)].code", reason: "\(project.code) also appears at projects[\(first)]"))
            } else {
                seen[project.code] = index
            }
        }
        guard details.isEmpty else {
            throw OasisError.invalid(code: "project_code_duplicate", message: "Project codes must be unique.", details: details)
        }
    }

    /// Refuses codes that name projects outside the writer's scope: such a project may be neither rewritten nor
    /// moved, and its code cannot be reused. The refusal names the writer's own rows, never the other project.
    static func refuseCodesOutsideScope(_ projects: [RenewalProject], access: StoreAccess, on tx: any SQLExecutor) async throws {
        guard !access.scope.coversAllRegions else { return }
        let scope = ScopeFilter(access: access, column: "region_code")
        var taken = Set<String>()
        for start in stride(from: 0, to: projects.count, by: 400) {
            let chunk = projects[start..<min(start + 400, projects.count)]
            let rows = try await tx.query(
                "SELECT code FROM projects WHERE code IN (\(Placeholders.list(chunk.count))) AND NOT (\(scope.sql))",
                chunk.map { .text($0.code) } + scope.binds)
            for row in rows { taken.insert(try row.string("code")) }
        }
        guard !taken.isEmpty else { return }
        let details = projects.enumerated().filter { taken.contains($0.element.code) }.prefix(100).map { index, project in
            OasisError.Detail(field: "projects[\(index)].code", reason: "\(project.code) is already used by a project outside your scope")
        }
        throw OasisError(
            kind: .conflict, code: "project_code_taken",
            message: "\(taken.count) project code(s) are already used outside your scope; choose other codes. Nothing was saved.",
            details: Array(details))
    }

    static func binds(_ project: RenewalProject, now: Date) -> [SQLValue] {
        [
            .text(project.code), .text(project.nameZh), .text(project.nameEn), .text(project.type.rawValue), .text(project.region),
            SQLValue(project.unit),
            .text(project.stage.rawValue), .text(project.policyID), SQLValue(project.taskID), SQLValue(project.location?.longitude),
            SQLValue(project.location?.latitude), SQLValue(project.area.map(JSONColumn.text)), .text(JSONColumn.text(project.budget)),
            .double(project.totalBudget), .text(JSONColumn.text(project.plannedInvestment)), .text(JSONColumn.text(project.actualInvestment)),
            .double(project.totalActualInvestment), DayText.value(project.plannedStart), DayText.value(project.plannedEnd),
            DayText.value(project.actualEnd),
            SQLValue(project.residential), SQLValue(project.maximumHeightMeters), .text(JSONColumn.text(project.risks)), SQLValue(project.progress),
            DayText.value(project.progressOn), SQLValue(now), LocalizedNamesColumn.value(project.names),
        ]
    }

    static func insert(_ projects: [RenewalProject], now: Date, on tx: any SQLExecutor) async throws -> [String: Int64] {
        let row = "(" + Placeholders.list(columns.count) + ")"
        let values = Array(repeating: row, count: projects.count).joined(separator: ", ")
        let rows = try await tx.query(
            "INSERT INTO projects (\(columns.joined(separator: ", "))) VALUES \(values) RETURNING id, code",
            projects.flatMap { binds($0, now: now) })
        var ids: [String: Int64] = [:]
        for row in rows { ids[try row.string("code")] = try row.int("id") }
        return ids
    }

    static func update(_ project: RenewalProject, now: Date, on tx: any SQLExecutor) async throws {
        let assignments = columns.map { "\($0) = ?" }.joined(separator: ", ")
        try await tx.execute("UPDATE projects SET \(assignments) WHERE id = ?", binds(project, now: now) + [.int(project.id)])
    }

    /// Rewrites the measure, problem and milestone rows of these projects.
    static func replaceLinks(_ projects: [RenewalProject], on tx: any SQLExecutor) async throws {
        for start in stride(from: 0, to: projects.count, by: 400) {
            let chunk = projects[start..<min(start + 400, projects.count)]
            let ids = chunk.map { SQLValue.int($0.id) }
            for table in ["project_measures", "project_problems", "project_milestones"] {
                try await tx.execute("DELETE FROM \(table) WHERE project_id IN (\(Placeholders.list(ids.count)))", ids)
            }
            let measures = chunk.flatMap { project in
                Set(project.measures).sorted().map { [SQLValue.text(project.policyID), .int(Int64($0)), .int(project.id)] }
            }
            try await BulkInsert.rows("project_measures (policy_id, measure, project_id)", measures, on: tx)
            let problems = chunk.flatMap { project in Set(project.citedProblems).sorted().map { [SQLValue.int(project.id), .int($0)] } }
            try await BulkInsert.rows("project_problems (project_id, problem_id)", problems, on: tx)
            let milestones = chunk.flatMap { project in
                project.milestones.enumerated().map { index, milestone in
                    [
                        SQLValue.int(project.id), .int(Int64(index)), .text(milestone.name), DayText.value(milestone.due),
                        DayText.value(milestone.done),
                    ]
                }
            }
            try await BulkInsert.rows("project_milestones (project_id, seq, name, due, done)", milestones, on: tx)
        }
    }

    /// Projects matching a condition, with their links.
    static func load(where condition: String, _ binds: [SQLValue], on executor: any SQLExecutor) async throws -> [RenewalProject] {
        var projects = try await executor.query("SELECT * FROM projects WHERE \(condition)", binds).map(project(from:))
        guard !projects.isEmpty else { return [] }
        var index: [Int64: Int] = [:]
        for (position, project) in projects.enumerated() { index[project.id] = position }
        let ids = projects.map(\.id)
        for start in stride(from: 0, to: ids.count, by: 500) {
            let chunk = ids[start..<min(start + 500, ids.count)].map { SQLValue.int($0) }
            let marks = Placeholders.list(chunk.count)
            for row in try await executor.query(
                "SELECT project_id, measure FROM project_measures WHERE project_id IN (\(marks)) ORDER BY measure", chunk)
            {
                if let position = index[try row.int("project_id")] { projects[position].measures.append(Int(try row.int("measure"))) }
            }
            for row in try await executor.query(
                "SELECT project_id, problem_id FROM project_problems WHERE project_id IN (\(marks)) ORDER BY problem_id", chunk)
            {
                if let position = index[try row.int("project_id")] { projects[position].citedProblems.append(try row.int("problem_id")) }
            }
            for row in try await executor.query("SELECT * FROM project_milestones WHERE project_id IN (\(marks)) ORDER BY project_id, seq", chunk) {
                guard let position = index[try row.int("project_id")], let due = DayText.date(row.optionalString("due")) else { continue }
                projects[position].milestones.append(
                    ProjectMilestone(name: try row.string("name"), due: due, done: DayText.date(row.optionalString("done"))))
            }
        }
        return projects
    }

    static func project(from row: SQLRow) throws -> RenewalProject {
        let typeText = try row.string("type")
        let stageText = try row.string("stage")
        guard let type = ProjectType(rawValue: typeText), let stage = ProjectStage(rawValue: stageText) else {
            throw OasisError(
                kind: .internal, code: "store_row_shape", message: "Project row holds an unknown type \(typeText) or stage \(stageText).")
        }
        var location: GeoPoint?
        if let longitude = row.optionalDouble("longitude"), let latitude = row.optionalDouble("latitude") {
            location = GeoPoint(longitude: longitude, latitude: latitude)
        }
        var project = RenewalProject(
            id: try row.int("id"), code: try row.string("code"), nameZh: try row.string("name_zh"), nameEn: try row.string("name_en"), type: type,
            region: try row.string("region_code"), unit: row.optionalString("unit"), location: location,
            area: try row.optionalString("area").map { try JSONColumn.value(BoundaryArea.self, $0, column: "area") }, stage: stage,
            budget: try JSONColumn.value([FundingSource: Double].self, try row.string("budget"), column: "budget"),
            plannedInvestment: try JSONColumn.value([Int: Double].self, try row.string("planned_investment"), column: "planned_investment"),
            actualInvestment: try JSONColumn.value([Int: Double].self, try row.string("actual_investment"), column: "actual_investment"),
            plannedStart: DayText.date(row.optionalString("planned_start")), plannedEnd: DayText.date(row.optionalString("planned_end")),
            actualEnd: DayText.date(row.optionalString("actual_end")), residential: try row.bool("residential"),
            maximumHeightMeters: row.optionalDouble("max_height"), policyID: try row.string("policy_id"), taskID: row.optionalInt("task_id"),
            risks: try JSONColumn.value([ProjectRisk].self, try row.string("risks"), column: "risks"), progress: row.optionalDouble("progress"),
            progressOn: DayText.date(row.optionalString("progress_on"))
        )
        project.names = try LocalizedNamesColumn.names(zhHans: project.nameZh, en: project.nameEn, row: row, table: "projects")
        return project
    }
}
