import Foundation
import OasisCore

/// One loaded calendar year or office-hours change, as the calendar listing shows it (CLI, API, admin page).
public struct CalendarEntrySummary: Codable, Sendable, Equatable {
    /// Nil for the national calendar.
    public var region: String?
    /// The year, for a calendar year.
    public var year: Int?
    public var source: String?
    public var daysOff: Int?
    public var makeUpDays: Int?
    /// The office hours, for an office-hours change.
    public var officeHours: OfficeHoursEntry?
    public var sample: Bool
    public var builtIn: Bool
    public var note: String?
    /// Nil for a built-in year.
    public var loadedAt: Date?

    public init(
        region: String?, year: Int, source: String?, daysOff: Int, makeUpDays: Int, sample: Bool, builtIn: Bool = false, note: String?,
        loadedAt: Date?
    ) {
        self.region = region
        self.year = year
        self.source = source
        self.daysOff = daysOff
        self.makeUpDays = makeUpDays
        self.sample = sample
        self.builtIn = builtIn
        self.note = note
        self.loadedAt = loadedAt
    }

    public init(region: String?, officeHours: OfficeHoursEntry, sample: Bool, note: String?, loadedAt: Date?) {
        self.region = region
        self.officeHours = officeHours
        self.sample = sample
        builtIn = false
        self.note = note
        self.loadedAt = loadedAt
    }
}
