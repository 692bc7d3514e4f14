import Foundation
import OasisCore
import OasisStore

extension PromotionService {
    /// The periodic progress report for reporting upward: one self-contained, print-ready HTML file.
    public func progressReport(region requested: String?, year requestedYear: Int?, language: Language, by principal: Principal) async throws
        -> String
    {
        if let requestedYear, let detail = NumericDomain.year.detail(requestedYear, field: "year") {
            throw OasisError.invalid(code: "invalid_parameter", message: "year must be a year such as 2026.", details: [detail])
        }
        let status = try await measureStatus(region: requested, by: principal)
        guard let region = try await store.regions.get(try RegionCode(status.region)) else { throw OasisError.notFound("Region", status.region) }
        let year = requestedYear ?? CalendarDay(date: store.clock.now()).year
        let delays = try await delays(region: status.region, by: principal)
        let access = try principal.access(for: .readProjects)
        let projects = try await store.projects.list(ProjectQuery(region: status.region), for: access).items
        let views = try await views(projects)
        let cited = try await store.problems.problems(
            ids: projects.filter { $0.actualEnd.map { CalendarDay(date: $0).year == year } ?? false }.flatMap(\.citedProblems),
            for: .system)
        let from = CalendarDay(year: year, month: 1, day: 1).date
        let to = CalendarDay(year: year, month: 12, day: 31).date
        let reports = try await store.progressReports.count(region: status.region, from: from, to: to, for: access)
        let document = ProgressReportDocument(
            language: language, regionName: region.name(in: language), regionCode: region.code.rawValue, year: year,
            status: status, delays: delays, projects: views, citedProblems: cited, reportCount: reports,
            framework: try await store.frameworks.activeOrBuiltIn(),
            regionNames: Dictionary(
                try await store.regions.list().map { ($0.code.rawValue, $0.name(in: language)) },
                uniquingKeysWith: { first, _ in first }),
            generatedAt: store.clock.now())
        return document.render()
    }
}
