import Foundation
import OasisCore
import OasisStore

/// Loading and listing working calendars (national years, regional layers, office hours) for the CLI, the API
/// and the admin page; the cases' deadlines read the same `CalendarBox`.
public struct CalendarService: Sendable {
    public let store: Store
    public let box: CalendarBox

    public init(store: Store, box: CalendarBox = CalendarBox()) {
        self.store = store
        self.box = box
    }

    /// Checks a calendar file as a whole (syntax with line and column, every field, that its region exists and
    /// that it fits the calendars already loaded), stores it in one audited transaction and puts it in use.
    /// Nothing is stored when anything is wrong.
    @discardableResult
    public func load(json: [UInt8], by principal: Principal) async throws -> HolidayCalendarData {
        try principal.require(.manageUsers)
        let file = try HolidayCalendarData.decode(json: json)
        if let region = file.region, try await store.regions.get(try RegionCode(region)) == nil {
            throw OasisError.invalid(
                code: "calendar_invalid", message: "The calendar file names an unknown region.",
                details: [.init(field: "region", reason: "no region has the code \(region); import the regions first")])
        }
        _ = try CalendarBook(files: try await store.calendars.files() + [file])
        try await store.calendars.load(file, by: principal.access(for: .manageUsers))
        try await box.reload(store)
        return file
    }

    /// The built-in years and everything loaded, national first.
    public func listing() async throws -> [CalendarEntrySummary] {
        let stored = try await store.calendars.list()
        let loadedNational = Set(stored.filter { $0.region == nil }.compactMap(\.year))
        let builtIn = CalendarBook.builtInData.years.filter { !loadedNational.contains($0.year) }.map {
            CalendarEntrySummary(
                region: nil, year: $0.year, source: $0.source, daysOff: $0.holidays.count, makeUpDays: $0.workdays.count, sample: false,
                builtIn: true,
                note: nil, loadedAt: nil)
        }
        return (builtIn + stored).sorted { ($0.region ?? "", $0.year ?? 0) < ($1.region ?? "", $1.year ?? 0) }
    }

    /// The administrators' warning when the national calendar runs out within 60 days (or has).
    public func coverageWarning() async throws -> CalendarCoverageWarning? {
        try await box.current(store).coverageWarning(at: store.clock.now())
    }
}
