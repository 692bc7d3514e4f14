import Foundation
import OasisCore

/// The working calendars operators loaded: national years and regional layers, and office hours per region
/// (`Migration008Calendars`). A file is loaded whole or not at all, audited.
public struct CalendarRepository: Sendable {
    let database: any SQLDatabase
    let audit: AuditLog
    let clock: any OasisClock

    /// Stores a checked calendar file (`HolidayCalendarData.decode(json:)`): its years replace the stored years of
    /// its region, and its office hours, when it gives any, replace its region's whole schedule. One transaction.
    public func load(_ file: HolidayCalendarData, by access: StoreAccess) async throws {
        let problems = file.problems()
        guard problems.isEmpty else {
            throw OasisError.invalid(code: "calendar_invalid", message: "The calendar file has \(problems.count) problems.", details: problems)
        }
        let region = file.region ?? ""
        let now = clock.now()
        let sample = SQLValue(file.sample ?? false)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let years = try file.years.map { (year: $0.year, body: String(decoding: try encoder.encode($0), as: UTF8.self)) }
        let hours = try (file.officeHours ?? []).map { (from: $0.from, body: String(decoding: try encoder.encode($0), as: UTF8.self)) }
        let audit = self.audit
        let database = self.database
        try await database.transaction { tx in
            for year in years {
                try await tx.execute("DELETE FROM calendar_years WHERE region = ? AND year = ?", [.text(region), .int(Int64(year.year))])
                try await tx.execute(
                    "INSERT INTO calendar_years (region, year, time_zone, body, sample, note, loaded_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [.text(region), .int(Int64(year.year)), .text(file.timeZone), .text(year.body), sample, SQLValue(file.note), SQLValue(now)])
            }
            if !hours.isEmpty {
                try await tx.execute("DELETE FROM calendar_office_hours WHERE region = ?", [.text(region)])
                for entry in hours {
                    try await tx.execute(
                        "INSERT INTO calendar_office_hours (region, effective_from, body, sample, note, loaded_at) VALUES (?, ?, ?, ?, ?, ?)",
                        [.text(region), .text(entry.from), .text(entry.body), sample, SQLValue(file.note), SQLValue(now)])
                }
            }
            try await SettingsRepository.markChanged(.calendars, on: tx)
            let what = years.map { String($0.year) } + hours.map { "office hours from \($0.from)" }
            try await audit.append(
                AuditChange(
                    action: "calendar.load", entityType: "calendar", entityID: file.region ?? "national", regionCode: file.region,
                    before: nil as String?, after: "\(file.sample == true ? "SAMPLE " : "")\(what.joined(separator: ", "))"),
                by: access, on: tx)
        }
    }

    /// Every stored calendar as files, one per region (national first), in the shape they were loaded in.
    public func files() async throws -> [HolidayCalendarData] {
        let decoder = JSONDecoder()
        var byRegion: [String: HolidayCalendarData] = [:]
        for row in try await database.query("SELECT region, year, time_zone, body, sample, note FROM calendar_years ORDER BY region, year", []) {
            let region = try row.string("region")
            let timeZone = try row.string("time_zone")
            var file = byRegion[region] ?? Self.empty(region, timeZone: timeZone, row: row)
            file.years.append(try decoder.decode(HolidayCalendarData.Year.self, from: Data(try row.string("body").utf8)))
            byRegion[region] = file
        }
        for row in try await database.query("SELECT region, body, sample, note FROM calendar_office_hours ORDER BY region, effective_from", []) {
            let region = try row.string("region")
            var file = byRegion[region] ?? Self.empty(region, timeZone: "Asia/Shanghai", row: row)
            file.officeHours = (file.officeHours ?? []) + [try decoder.decode(OfficeHoursEntry.self, from: Data(try row.string("body").utf8))]
            byRegion[region] = file
        }
        return byRegion.keys.sorted().compactMap { byRegion[$0] }
    }

    /// What is loaded, year by year and office-hours change by change, for the listing.
    public func list() async throws -> [CalendarEntrySummary] {
        var entries: [CalendarEntrySummary] = []
        for row in try await database.query("SELECT region, year, body, sample, note, loaded_at FROM calendar_years ORDER BY region, year", []) {
            let year = try JSONDecoder().decode(HolidayCalendarData.Year.self, from: Data(try row.string("body").utf8))
            entries.append(
                CalendarEntrySummary(
                    region: Self.region(try row.string("region")), year: year.year, source: year.source, daysOff: year.holidays.count,
                    makeUpDays: year.workdays.count, sample: try row.bool("sample"), note: row.optionalString("note"),
                    loadedAt: try row.date("loaded_at")))
        }
        for row in try await database.query(
            "SELECT region, body, sample, note, loaded_at FROM calendar_office_hours ORDER BY region, effective_from", [])
        {
            let entry = try JSONDecoder().decode(OfficeHoursEntry.self, from: Data(try row.string("body").utf8))
            entries.append(
                CalendarEntrySummary(
                    region: Self.region(try row.string("region")), officeHours: entry, sample: try row.bool("sample"),
                    note: row.optionalString("note"),
                    loadedAt: try row.date("loaded_at")))
        }
        return entries
    }

    static func region(_ stored: String) -> String? { stored.isEmpty ? nil : stored }

    static func empty(_ region: String, timeZone: String, row: SQLRow) -> HolidayCalendarData {
        HolidayCalendarData(
            timeZone: timeZone, years: [], region: Self.region(region), sample: (try? row.bool("sample")) == true ? true : nil,
            note: row.optionalString("note"))
    }
}
