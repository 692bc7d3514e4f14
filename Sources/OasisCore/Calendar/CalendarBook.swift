import Foundation

/// The working calendars in use: the national calendar (the built-in years and the years an operator loaded, a
/// loaded year replacing a built-in one) and regional layers over it. A layer applies to its region and every
/// region below it (`CalendarBook.coverage(of:)`). The calendar of a region is the national one with the layers of
/// the region's ancestors and its own applied from the widest to the nearest: each layer's days off and make-up
/// working days override what the wider calendars say about those days, so on a conflict the nearest region wins.
/// Office hours are those of the nearest region that sets any (its whole schedule), else the national ones.
/// Which years are known (`WorkingCalendar.knows(year:)`) is always the national calendar's: a regional layer
/// alone does not make a year known.
public struct CalendarBook: Sendable {
    public let national: WorkingCalendar
    /// The files this book was made of (loaded ones, not the built-in years), for listing.
    public let files: [HolidayCalendarData]
    /// Regional calendars by the code prefix they cover, longest prefix first.
    let regional: [(prefix: String, calendar: WorkingCalendar)]

    /// The built-in years only.
    public static let builtIn: CalendarBook = {
        do { return try CalendarBook(files: []) } catch { fatalError("The built-in holiday calendar is invalid: \(error)") }
    }()

    /// The built-in years as data (`OfficialHolidays`).
    public static let builtInData: HolidayCalendarData = {
        do { return try JSONDecoder().decode(HolidayCalendarData.self, from: Data(OfficialHolidays.json.utf8)) } catch {
            fatalError("The built-in holiday calendar is invalid: \(error)")
        }
    }()

    /// The built-in national years with `files` applied in order (a later file's year replaces an earlier one).
    public init(files: [HolidayCalendarData], officeHours: [WorkingCalendar.Period] = WorkingCalendar.china.officeHours) throws(OasisError) {
        self.files = files
        let builtIn = Self.builtInData
        var years = Dictionary(builtIn.years.map { ($0.year, $0) }, uniquingKeysWith: { $1 })
        var nationalHours: [CalendarDay: OfficeHoursSchedule.Change] = [:]
        var layers: [String: (years: [Int: HolidayCalendarData.Year], hours: [CalendarDay: OfficeHoursSchedule.Change])] = [:]
        for file in files {
            let changes = (file.officeHours ?? []).compactMap(\.change)
            guard let region = file.region else {
                for year in file.years { years[year.year] = year }
                for change in changes { nationalHours[change.from] = change }
                continue
            }
            let prefix = Self.coverage(of: region)
            var layer = layers[prefix] ?? ([:], [:])
            for year in file.years { layer.years[year.year] = year }
            if !changes.isEmpty { layer.hours = Dictionary(changes.map { ($0.from, $0) }, uniquingKeysWith: { $1 }) }
            layers[prefix] = layer
        }
        let base = try WorkingCalendar(
            data: HolidayCalendarData(timeZone: builtIn.timeZone, years: years.values.sorted { $0.year < $1.year }), officeHours: officeHours)
        national = WorkingCalendar(
            timeZone: base.timeZone, holidays: base.holidays, workdays: base.workdays, years: base.years, officeHours: officeHours,
            schedule: OfficeHoursSchedule(Array(nationalHours.values)))
        var regional: [(prefix: String, calendar: WorkingCalendar)] = []
        for prefix in layers.keys {
            var holidays = national.holidays
            var workdays = national.workdays
            var schedule = national.schedule
            for wider in layers.keys.filter({ prefix.hasPrefix($0) }).sorted(by: { $0.count < $1.count }) {
                let layer = layers[wider] ?? ([:], [:])
                for year in layer.years.values {
                    for holiday in year.holidays {
                        guard let from = CalendarDay(holiday.from), let to = CalendarDay(holiday.to), from <= to else { continue }
                        for ordinal in from.ordinal...to.ordinal {
                            holidays.insert(CalendarDay(ordinal: ordinal))
                            workdays.remove(CalendarDay(ordinal: ordinal))
                        }
                    }
                    for day in year.workdays.compactMap({ CalendarDay($0) }) {
                        workdays.insert(day)
                        holidays.remove(day)
                    }
                }
                if !layer.hours.isEmpty { schedule = OfficeHoursSchedule(Array(layer.hours.values)) }
            }
            regional.append(
                (
                    prefix,
                    WorkingCalendar(
                        timeZone: national.timeZone, holidays: holidays, workdays: workdays, years: national.years, officeHours: officeHours,
                        schedule: schedule)
                ))
        }
        self.regional = regional.sorted { $0.prefix.count > $1.prefix.count }
    }

    /// The calendar for a case in a region (nil: the national calendar): the nearest layer that covers it.
    public func calendar(forRegion code: String?) -> WorkingCalendar {
        guard let code, !regional.isEmpty else { return national }
        return regional.first { code.hasPrefix($0.prefix) }?.calendar ?? national
    }

    /// The code prefix that a layer for `region` covers: a province's two digits (`650000` → `65`), a prefecture's
    /// four (`650100` → `6501`), a county's six, and a township's or community's whole code.
    public static func coverage(of region: String) -> String {
        guard region.utf8.count == 6 else { return region }
        if region.hasSuffix("0000") { return String(region.prefix(2)) }
        if region.hasSuffix("00") { return String(region.prefix(4)) }
        return region
    }

    /// The last year of the national calendar.
    public var lastYear: Int { national.years.max() ?? 0 }

    /// A warning for administrators from `days` days before the last loaded national year runs out (and after):
    /// nil while the calendar reaches further.
    public func coverageWarning(at now: Date, days: Int = 60) -> CalendarCoverageWarning? {
        let today = national.local(now).day
        let end = CalendarDay(year: lastYear, month: 12, day: 31)
        let left = end.ordinal - today.ordinal
        guard left < days else { return nil }
        return CalendarCoverageWarning(lastYear: lastYear, daysLeft: left)
    }
}
