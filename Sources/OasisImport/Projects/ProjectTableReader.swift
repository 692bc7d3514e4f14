import Foundation
import OasisCore

/// Reads the project library from CSV or XLSX rows (see `ProjectColumns`), checking every cell and collecting
/// every problem with its line or row and column, so that a file is fixed in one pass.
public struct ProjectTableReader: Sendable {
    public let context: ProjectImportContext

    public init(context: ProjectImportContext) { self.context = context }

    public func read(_ table: TabularData) throws(OasisError) -> ParsedProjects {
        var columns: [String: Int] = [:]
        for name in ProjectColumns.all { columns[name] = table.column(name) }
        let missing = ProjectColumns.required.filter { columns[$0] == nil }
        guard missing.isEmpty else {
            throw OasisError.invalid(
                code: "project_file_columns", message: "The project file lacks required columns: \(missing.joined(separator: ", ")).",
                details: missing.map { table.detail(1, column: $0, "required column is missing") })
        }
        let unknown = table.header.map { $0.trimmingASCIIWhitespace() }.filter {
            !$0.isEmpty && ImportColumnNames.code(of: $0, among: ProjectColumns.all) == nil
        }
        var parsed = ParsedProjects(
            projects: [],
            problems: unknown.map { table.detail(1, column: $0, "unknown column; known columns are \(ProjectColumns.all.joined(separator: ", "))") },
            rowCount: 0, rejectedRows: 0)
        var firstRowOfCode: [String: Int] = [:]
        for record in table.records where !record.fields.allSatisfy({ $0.trimmingASCIIWhitespace().isEmpty }) {
            parsed.rowCount += 1
            var row = RowReader(record: record, columns: columns, table: table)
            let project = read(&row)
            if let project, let first = firstRowOfCode[project.code] {
                row.problem("code", "\(project.code) already appears at \(table.place == .line ? "line" : "row") \(first)")
            }
            if row.problems.isEmpty, let project {
                firstRowOfCode[project.code] = record.number
                parsed.projects.append(project)
            } else {
                parsed.rejectedRows += 1
                parsed.problems += row.problems
            }
        }
        if parsed.rowCount == 0 {
            throw OasisError.invalid(code: "project_file_empty", message: "The project file has a header but no projects.")
        }
        return parsed
    }

    func read(_ row: inout RowReader) -> RenewalProject? {
        let code = row.text("code", required: true, limit: .code)
        let nameZh = row.text("name_zh", required: true)
        let type = row.choice("type", ProjectType.self, keyPrefix: "project_type_", required: true)
        let region = row.text("region", required: true)
        if let region, !context.regionCodes.contains(region) { row.problem("region", "unknown region code \(region)") }
        let stage = row.choice("stage", ProjectStage.self, keyPrefix: "project_stage_", required: false) ?? .reserve
        let longitude = row.number("longitude", domain: .longitude)
        let latitude = row.number("latitude", domain: .latitude)
        if row.raw("longitude").isEmpty != row.raw("latitude").isEmpty {
            row.problem(row.raw("longitude").isEmpty ? "longitude" : "latitude", "give both longitude and latitude, or neither")
        }
        var budget: [FundingSource: Double] = [:]
        for source in FundingSource.allCases {
            if let amount = row.number("budget_\(source.rawValue)", domain: .money) { budget[source] = amount }
        }
        let measures = row.integers("measures", domain: .measureNumber)
        for measure in measures where !context.measures.contains(measure) {
            row.problem("measures", "policy \(context.policyID) has no measure \(measure)")
        }
        let problems = row.integers("problems", domain: .recordID).map(Int64.init)
        for problem in problems where !context.problemIDs.contains(problem) { row.problem("problems", "the ledger has no problem \(problem)") }
        if context.requireCitedProblems, let type, type.isRenewal, problems.isEmpty {
            row.problem("problems", "a renewal project must cite the health-check problems it addresses (no renewal without a check)")
        }
        let taskID = row.number("task_id", domain: .recordID).flatMap { Int64(exactly: $0) }
        if let taskID, !context.taskIDs.contains(taskID) { row.problem("task_id", "no scheme task \(taskID)") }
        let plannedStart = row.day("planned_start")
        let plannedEnd = row.day("planned_end")
        if let plannedStart, let plannedEnd, plannedEnd < plannedStart { row.problem("planned_end", "is before planned_start") }
        var project = RenewalProject(
            code: code ?? "", nameZh: nameZh ?? "", nameEn: row.text("name_en", required: false) ?? "", type: type ?? .other, region: region ?? "",
            unit: row.text("unit", required: false), location: longitude.flatMap { lon in latitude.map { GeoPoint(longitude: lon, latitude: $0) } },
            stage: stage, budget: budget, plannedInvestment: row.byYear("planned_investment"), actualInvestment: row.byYear("actual_investment"),
            plannedStart: plannedStart, plannedEnd: plannedEnd, actualEnd: row.day("actual_end"), milestones: row.milestones("milestones"),
            residential: row.flag("residential"), maximumHeightMeters: row.number("max_height_m", domain: .buildingHeight), citedProblems: problems,
            policyID: context.policyID, measures: measures, taskID: taskID, progress: row.number("progress", domain: .percentage)
        )
        project.names[.ug] = row.text("name_ug", required: false)
        return code == nil ? nil : project
    }
}
