import OasisCore
import OasisStore

/// The calendars as `GET /api/v1/calendars` answers: every loaded year and office-hours change, and the warning
/// when the national calendar runs out within 60 days.
struct CalendarListing: Codable, Sendable {
    var entries: [CalendarEntrySummary]
    var warning: CalendarCoverageWarning?
}
