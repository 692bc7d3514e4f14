import Foundation
import OasisCore

/// Progress reports of projects. Adding one keeps the project's latest progress in step, so that status
/// views never scan the reports.
public struct ProgressReportRepository: Sendable {
    let database: any SQLDatabase
    let audit: AuditLog
    let clock: any OasisClock

    /// Adds a report to a project the access may write.
    public func add(_ report: ProgressReport, by access: StoreAccess) async throws -> ProgressReport {
        try Self.validate(report)
        let filter = ScopeFilter(access: access, column: "region_code")
        guard
            let project = try await database.first(
                "SELECT id, region_code FROM projects WHERE id = ? AND \(filter.sql)", [.int(report.projectID)] + filter.binds)
        else {
            throw OasisError.notFound("Project", String(report.projectID))
        }
        let region = try project.string("region_code")
        let now = clock.now()
        let audit = self.audit
        return try await database.transaction { tx in
            var saved = report
            saved.reportedBy = access.username
            saved.id = try await tx.insertReturningID(
                "INSERT INTO progress_reports (project_id, reported_on, percent, narrative, photos, reported_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    .int(report.projectID), DayText.value(report.reportedOn), .double(report.percent), .text(report.narrative),
                    .text(JSONColumn.text(report.photos)), .text(access.username), SQLValue(now),
                ])
            let before = try await ProjectRepository.load(where: "id = ?", [.int(report.projectID)], on: tx)
            try await ProjectRepository.setProgress(projectID: report.projectID, on: tx)
            let after = try await ProjectRepository.load(where: "id = ?", [.int(report.projectID)], on: tx)
            try await MeasureRollup.apply(before: before, after: after, on: tx)
            try await audit.append(
                AuditChange(
                    action: "project.progress", entityType: "project", entityID: String(report.projectID), regionCode: region,
                    before: nil as ProgressReport?, after: saved), by: access, on: tx)
            return saved
        }
    }

    /// A project's reports, newest first.
    public func list(projectID: Int64, for access: StoreAccess) async throws -> [ProgressReport] {
        let filter = ScopeFilter(access: access, column: "p.region_code")
        let rows = try await database.query(
            """
            SELECT r.* FROM progress_reports r JOIN projects p ON p.id = r.project_id
            WHERE r.project_id = ? AND \(filter.sql) ORDER BY r.reported_on DESC, r.id DESC
            """, [.int(projectID)] + filter.binds)
        return try rows.map { row in
            ProgressReport(
                id: try row.int("id"), projectID: try row.int("project_id"),
                reportedOn: DayText.date(row.optionalString("reported_on")) ?? .distantPast,
                percent: try row.double("percent"), narrative: try row.string("narrative"),
                photos: try JSONColumn.value([PhotoMetadata].self, try row.string("photos"), column: "photos"),
                reportedBy: try row.string("reported_by"))
        }
    }

    /// How many reports were filed between two days (inclusive) on projects of a region (and below), in the
    /// access's scope.
    public func count(region: String?, from: Date, to: Date, for access: StoreAccess) async throws -> Int {
        let (scope, binds) = PromotionStatusRepository.scope("p.region_code", region: region, access: access)
        let row = try await database.first(
            "SELECT COUNT(*) AS n FROM progress_reports r JOIN projects p ON p.id = r.project_id WHERE r.reported_on BETWEEN ? AND ? AND \(scope)",
            [DayText.value(from), DayText.value(to)] + binds)
        return Int(try row?.int("n") ?? 0)
    }

    static func validate(_ report: ProgressReport) throws(OasisError) {
        var details: [OasisError.Detail] = []
        if !(0...100).contains(report.percent) || !report.percent.isFinite {
            details.append(.init(field: "percent", reason: "\(report.percent) is not between 0 and 100"))
        }
        if report.narrative.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            details.append(.init(field: "narrative", reason: "required: say what happened since the last report"))
        }
        var check = DomainCheck()
        check.day(report.reportedOn, "reportedOn")
        check.text(report.narrative, .description, "narrative")
        check.text(report.reportedBy, .name, "reportedBy")
        for (index, photo) in report.photos.enumerated() {
            check.text(photo.fileName, .name, "photos[\(index)].fileName")
            check.text(photo.caption, .description, "photos[\(index)].caption")
            check.point(photo.location, "photos[\(index)].location")
        }
        details += check.details
        for (index, photo) in report.photos.enumerated() where photo.fileName.isEmpty {
            details.append(.init(field: "photos[\(index)].fileName", reason: "required"))
        }
        guard details.isEmpty else {
            throw OasisError.invalid(code: "progress_report_invalid", message: "The progress report is not valid.", details: details)
        }
    }
}
