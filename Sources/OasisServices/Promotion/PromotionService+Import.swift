import Foundation
import OasisCore
import OasisImport
import OasisStore

extension PromotionService {
    /// Imports the project library from CSV or XLSX. A file with problems writes nothing and throws every
    /// problem with its line or row and column, unless `acceptValid` is set: then the good rows are saved and
    /// the problems returned.
    public func importProjects(
        _ bytes: [UInt8], fileName: String, acceptValid: Bool, policyID: String = Policy.builtInID,
        by principal: Principal
    ) async throws -> ProjectImportOutcome {
        let access = try principal.access(for: .writeProjects)
        guard let policy = try await store.policies.get(policyID) else { throw OasisError.notFound("Policy", policyID) }
        let table = try TabularData(csvOrXLSX: bytes, fileName: fileName)
        let problemIDs = try await store.problems.list(for: .system).map(\.id)
        let taskIDs = try await store.plans.schemes(for: .system).flatMap { $0.tasks.map(\.id) }
        let context = ProjectImportContext(
            regionCodes: Set(try await store.regions.list().map(\.code.rawValue)), policyID: policy.id,
            measures: Set(policy.measures.map(\.number)), problemIDs: Set(problemIDs), taskIDs: Set(taskIDs),
            requireCitedProblems: citationRule == .refuse)
        let parsed = try ProjectTableReader(context: context).read(table)
        if !parsed.problems.isEmpty && !acceptValid {
            throw OasisError.invalid(
                code: "project_file_invalid",
                message:
                    "\(fileName): \(parsed.problems.count) problem(s) in \(parsed.rejectedRows) of \(parsed.rowCount) rows; nothing was imported. Fix them, or import with accept-valid to save the \(parsed.projects.count) good rows.",
                details: parsed.problems)
        }
        var outcome = ProjectImportOutcome(
            fileName: fileName, rowCount: parsed.rowCount, created: 0, updated: 0, rejectedRows: parsed.rejectedRows,
            problems: parsed.problems, flagged: [:])
        guard !parsed.projects.isEmpty else { return outcome }
        let changes = try await store.projects.save(parsed.projects, by: access)
        try await handOverCompleted(changes, by: principal)
        outcome.created = changes.filter { $0.before == nil }.count
        outcome.updated = changes.count - outcome.created
        for view in try await views(changes.map(\.after)) where !view.flags.isEmpty {
            outcome.flagged[view.project.code] = view.flags.map(\.kind)
        }
        return outcome
    }

    /// The library (or the part matching the query) as CSV or XLSX.
    public func exportProjects(_ query: ProjectQuery, format: ProjectFileFormat, by principal: Principal) async throws -> [UInt8] {
        let projects = try await store.projects.list(query, for: principal.access(for: .readProjects)).items
        switch format {
        case .csv: return ProjectTableWriter.csv(projects)
        case .xlsx: return try ProjectTableWriter.xlsx(projects)
        }
    }
}
