import Foundation

/// Working time in China Standard Time on the official holiday calendar: weekends are off except make-up
/// working days (调休); holidays are off. Deadlines count working days or working hours (within configurable
/// office hours). Years missing from the data fall back to plain weekends, and `knows(year:)` says so.
public struct WorkingCalendar: Sendable {
    /// Office hours as minutes after midnight, e.g. 09:00–12:00 and 13:30–18:00.
    public struct Period: Sendable, Equatable {
        public var start: Int
        public var end: Int
        public init(start: Int, end: Int) {
            self.start = start
            self.end = end
        }
    }

    public let timeZone: TimeZone
    /// The office hours on days before the first change of `schedule` (all days when it is empty).
    public let officeHours: [Period]
    /// Changes of office hours from a day on (summer and winter hours), oldest first (`OfficeHoursSchedule`).
    public let schedule: OfficeHoursSchedule
    let holidays: Set<CalendarDay>
    let workdays: Set<CalendarDay>
    let years: Set<Int>
    /// The zone's offset from `ZoneOffset.fixedSince` on, when it has no change of offset after that instant
    /// (China Standard Time has had none since 1991): deadlines then convert times by arithmetic, not through the
    /// time-zone database, which every case's deadlines would otherwise ask about eight times.
    let fixedOffset: Int?

    public init(data: HolidayCalendarData, officeHours: [Period] = [.init(start: 540, end: 720), .init(start: 810, end: 1080)]) throws(OasisError) {
        guard let zone = TimeZone(identifier: data.timeZone) else {
            throw OasisError.invalid(code: "calendar_invalid", message: "Unknown time zone \(data.timeZone).")
        }
        var holidays = Set<CalendarDay>()
        var workdays = Set<CalendarDay>()
        var problems: [OasisError.Detail] = []
        for year in data.years {
            for holiday in year.holidays {
                guard let from = CalendarDay(holiday.from), let to = CalendarDay(holiday.to), from <= to else {
                    problems.append(
                        .init(field: "years[\(year.year)].holidays", reason: "\(holiday.name): \(holiday.from)–\(holiday.to) is not a date range"))
                    continue
                }
                for ordinal in from.ordinal...to.ordinal { holidays.insert(CalendarDay(ordinal: ordinal)) }
            }
            for text in year.workdays {
                guard let day = CalendarDay(text) else {
                    problems.append(.init(field: "years[\(year.year)].workdays", reason: "\(text) is not a date"))
                    continue
                }
                workdays.insert(day)
            }
        }
        let clash = holidays.intersection(workdays)
        if !clash.isEmpty {
            problems.append(.init(field: "workdays", reason: "also holidays: \(clash.sorted().map(\.description).joined(separator: ", "))"))
        }
        guard problems.isEmpty else {
            throw OasisError.invalid(code: "calendar_invalid", message: "The holiday calendar is inconsistent.", details: problems)
        }
        self.init(
            timeZone: zone, holidays: holidays, workdays: workdays, years: Set(data.years.map(\.year)), officeHours: officeHours, schedule: .init())
    }

    /// A calendar from its days, already checked (`CalendarBook` layers regions onto the national calendar).
    init(
        timeZone: TimeZone, holidays: Set<CalendarDay>, workdays: Set<CalendarDay>, years: Set<Int>, officeHours: [Period],
        schedule: OfficeHoursSchedule
    ) {
        self.timeZone = timeZone
        self.officeHours = officeHours.sorted { $0.start < $1.start }
        self.schedule = schedule
        self.holidays = holidays
        self.workdays = workdays
        self.years = years
        self.fixedOffset = ZoneOffset.fixed(timeZone)
    }

    /// The office hours in force on a day: the latest change of the schedule on or before it, else `officeHours`.
    public func officeHours(on day: CalendarDay) -> [Period] {
        schedule.periods(on: day) ?? officeHours
    }

    /// The built-in calendar (2025 and 2026).
    public static let china: WorkingCalendar = {
        do {
            let data = try JSONDecoder().decode(HolidayCalendarData.self, from: Data(OfficialHolidays.json.utf8))
            return try WorkingCalendar(data: data)
        } catch {
            fatalError("The built-in holiday calendar is invalid: \(error)")
        }
    }()

    /// Whether the data covers a year (otherwise only weekends are known for it).
    public func knows(year: Int) -> Bool { years.contains(year) }

    /// The years from `start`'s to `end`'s (in the calendar's time zone) that the data does not cover: a deadline
    /// over them counted weekends only and is provisional.
    public func unknownYears(from start: Date, to end: Date) -> [Int] {
        let first = local(start).day.year
        let last = local(end).day.year
        guard first <= last else { return [] }
        return (first...last).filter { !years.contains($0) }
    }

    public func isWorkingDay(_ day: CalendarDay) -> Bool {
        if workdays.contains(day) { return true }
        if holidays.contains(day) { return false }
        return day.weekday <= 5
    }

    /// The calendar day and minute of the day of an instant, in the calendar's time zone (integer arithmetic on
    /// the zone's offset: deadlines are computed for every case, and Foundation's calendar is slow).
    public func local(_ instant: Date) -> (day: CalendarDay, minute: Int) {
        let seconds = instant.timeIntervalSince1970.flooredClampedInteger + offset(at: instant.timeIntervalSince1970)
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        return (CalendarDay(ordinal: days), (seconds - days * 86_400) / 60)
    }

    /// The instant of a calendar day and minute in the calendar's time zone (the offset looked up for the
    /// instant and corrected once, which settles daylight-saving changes).
    public func instant(_ day: CalendarDay, minute: Int) -> Date {
        let local = Double(day.ordinal * 86_400 + minute * 60)
        let first = offset(at: local)
        let second = offset(at: local - Double(first))
        return Date(timeIntervalSince1970: local - Double(second))
    }

    /// The zone's offset in seconds at an instant (seconds since 1970): the fixed offset from
    /// `ZoneOffset.fixedSince` on when the zone has one, else the time-zone database's answer.
    func offset(at seconds: Double) -> Int {
        if let fixedOffset, seconds >= ZoneOffset.fixedSince + 86_400 { return fixedOffset }
        return timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: seconds))
    }

    /// The end of the `count`-th working day after the instant's day (the day itself does not count),
    /// at the close of office hours.
    public func addingWorkingDays(_ count: Int, to start: Date) -> Date {
        var day = local(start).day
        var remaining = count
        while remaining > 0 {
            day = day.adding(days: 1)
            if isWorkingDay(day) { remaining -= 1 }
        }
        return instant(day, minute: officeHours(on: day).last?.end ?? 1080)
    }

    /// The instant after `minutes` of office time from `start` (time outside office hours does not count).
    public func addingWorkingMinutes(_ minutes: Int, to start: Date) -> Date {
        var (day, minute) = local(start)
        var remaining = minutes
        while true {
            if isWorkingDay(day) {
                for period in officeHours(on: day) where minute < period.end {
                    let from = max(minute, period.start)
                    let available = period.end - from
                    if remaining <= available { return instant(day, minute: from + remaining) }
                    remaining -= available
                    minute = period.end
                }
            }
            day = day.adding(days: 1)
            minute = 0
        }
    }
}
