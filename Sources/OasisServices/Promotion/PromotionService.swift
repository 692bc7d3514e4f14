import Foundation
import OasisCore
import OasisStore

/// The promotion mechanism as a service: saves projects under the policy's rules ("no renewal without a
/// check"), moves them through their lifecycle, hands completed projects' problems back to the ledger, and
/// computes the flags and status views. The API, the web pages, the CLI and the reports use it.
public struct PromotionService: Sendable {
    public let store: Store
    public let evaluation: EvaluationService
    public let citationRule: CitationRule
    public let checks: ProjectChecks

    public init(store: Store, citationRule: CitationRule = .warn, checks: ProjectChecks = ProjectChecks()) {
        self.store = store
        evaluation = EvaluationService(store: store)
        self.citationRule = citationRule
        self.checks = checks
    }

    /// A project with the flags the policy asks for.
    public struct ProjectView: Codable, Sendable {
        public var project: RenewalProject
        public var flags: [ProjectFlag]
    }

    /// Checks and saves projects (new or changed, matched by code). Projects that reach *completed* hand their
    /// cited problems to the ledger as solved, awaiting verification by the next period.
    public func save(_ projects: [RenewalProject], by principal: Principal) async throws -> [ProjectView] {
        let access = try principal.access(for: .writeProjects)
        try await validate(projects, by: principal)
        let changes = try await store.projects.save(projects, by: access)
        try await handOverCompleted(changes, by: principal)
        return try await views(changes.map(\.after))
    }

    /// Moves a project one stage along (or back one); reaching *completed* records the day and solves its problems.
    public func advance(projectID: Int64, to stage: ProjectStage, on day: Date?, by principal: Principal) async throws -> ProjectView {
        let access = try principal.access(for: .writeProjects)
        guard var project = try await store.projects.get(projectID, for: principal.access(for: .readProjects)) else {
            throw OasisError.notFound("Project", String(projectID))
        }
        guard project.stage.canMove(to: stage) else {
            throw OasisError.conflict(
                code: "invalid_transition",
                message: "A project moves one stage at a time: \(project.code) is \(project.stage.rawValue) and cannot go to \(stage.rawValue).")
        }
        if stage == .completed { project.actualEnd = day ?? store.clock.now() }
        if stage < .completed { project.actualEnd = nil }
        project.stage = stage
        let changes = try await store.projects.save([project], by: access)
        try await handOverCompleted(changes, by: principal)
        return try await views(changes.map(\.after))[0]
    }

    public func view(_ id: Int64, by principal: Principal) async throws -> ProjectView {
        guard let project = try await store.projects.get(id, for: principal.access(for: .readProjects)) else {
            throw OasisError.notFound("Project", String(id))
        }
        return try await views([project])[0]
    }

    /// Flags computed against each project's urban development boundary and today.
    public func views(_ projects: [RenewalProject]) async throws -> [ProjectView] {
        var boundaries: [String: BoundaryArea?] = [:]
        var views: [ProjectView] = []
        views.reserveCapacity(projects.count)
        let now = store.clock.now()
        for project in projects {
            if boundaries[project.region] == nil { boundaries[project.region] = .some(try await store.boundaries.boundary(for: project.region)) }
            views.append(ProjectView(project: project, flags: checks.flags(for: project, boundary: boundaries[project.region] ?? nil, now: now)))
        }
        return views
    }

    /// Refuses what cannot be right whatever the rule: unknown measures or problems, numbers outside their
    /// domains (`NumericDomain`), texts over their limits (`TextLimit`), empty names; and, when the rule is *refuse*, renewal projects that cite no problem.
    public func validate(_ projects: [RenewalProject], by principal: Principal) async throws {
        var details: [OasisError.Detail] = []
        var policies: [String: Policy?] = [:]
        let cited = Set(projects.flatMap(\.citedProblems))
        let known = Set(try await store.problems.problems(ids: Array(cited), for: .system).map(\.id))
        for (index, project) in projects.enumerated() {
            let field = "projects[\(index)]"
            if project.code.trimmingCharacters(in: .whitespaces).isEmpty { details.append(.init(field: "\(field).code", reason: "required")) }
            if project.nameZh.trimmingCharacters(in: .whitespaces).isEmpty { details.append(.init(field: "\(field).nameZh", reason: "required")) }
            details += project.domainProblems(prefix: field)
            if policies[project.policyID] == nil { policies[project.policyID] = .some(try await store.policies.get(project.policyID)) }
            if let policy = policies[project.policyID] ?? nil {
                for measure in project.measures where policy.measure(measure) == nil {
                    details.append(.init(field: "\(field).measures", reason: "policy \(policy.id) has no measure \(measure)"))
                }
            } else {
                details.append(.init(field: "\(field).policyID", reason: "unknown policy \(project.policyID)"))
            }
            for problem in project.citedProblems where !known.contains(problem) {
                details.append(.init(field: "\(field).citedProblems", reason: "the ledger has no problem \(problem)"))
            }
            if citationRule == .refuse, project.type.isRenewal, project.citedProblems.isEmpty {
                details.append(
                    .init(
                        field: "\(field).citedProblems",
                        reason: "renewal project \(project.code) must cite the health-check problems it addresses (no renewal without a check)"))
            }
        }
        guard details.isEmpty else {
            throw OasisError.invalid(
                code: "project_invalid", message: "\(details.count) problem(s) in the projects; nothing was saved.", details: details)
        }
    }

    /// Each project that has just become finished marks its live cited problems solved in its completion year.
    public func handOverCompleted(_ changes: [ProjectRepository.Change], by principal: Principal) async throws {
        let completed = changes.filter { $0.after.stage.isFinished && !($0.before?.stage.isFinished ?? false) && !$0.after.citedProblems.isEmpty }
        guard !completed.isEmpty else { return }
        let problems = try await store.problems.problems(ids: completed.flatMap(\.after.citedProblems), for: .system)
        var solved: [Int64: LedgerProblem] = [:]
        for change in completed {
            let year = CalendarDay(date: change.after.actualEnd ?? store.clock.now()).year
            for problem in ProjectCompletion.solvedProblems(citedBy: change.after, problems: problems, completionYear: year)
            where solved[problem.id] == nil {
                solved[problem.id] = problem
            }
        }
        _ = try await store.problems.apply(solved.values.sorted { $0.id < $1.id }, by: principal.access(for: .writeProjects))
    }
}
