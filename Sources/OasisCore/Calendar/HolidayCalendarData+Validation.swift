import Foundation

extension HolidayCalendarData {
    /// Reads a calendar file and checks it as a whole (`problems()`): a file with any problem is refused with
    /// every problem named by line and column (JSON syntax) or field (`years[0].holidays[2].to`).
    public static func decode(json: [UInt8]) throws(OasisError) -> HolidayCalendarData {
        try StrictJSONSyntax.requireNoTrailingCommas(json, code: "calendar_invalid")
        let data: HolidayCalendarData
        do {
            data = try JSONDecoder().decode(HolidayCalendarData.self, from: Data(json))
        } catch {
            var detail = DecodingErrorDetail.detail(error)
            if let place = JSONSyntaxPosition.firstError(in: json) ?? Self.lineAndColumn(in: detail.reason) {
                detail.line = place.line
                detail.column = String(place.column)
            }
            throw OasisError.invalid(code: "calendar_invalid", message: "The calendar file is not valid calendar JSON.", details: [detail])
        }
        let problems = data.problems()
        guard problems.isEmpty else {
            throw OasisError.invalid(code: "calendar_invalid", message: "The calendar file has \(problems.count) problems.", details: problems)
        }
        return data
    }

    /// "line 3, column 5" in a parser's message.
    static func lineAndColumn(in message: String) -> (line: Int, column: Int)? {
        let words = message.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "." })
        guard let lineIndex = words.firstIndex(of: "line"), lineIndex + 1 < words.count, let line = Int(words[lineIndex + 1]),
            let columnIndex = words.firstIndex(of: "column"), columnIndex + 1 < words.count, let column = Int(words[columnIndex + 1])
        else { return nil }
        return (line, column)
    }

    /// Everything wrong with the file, each problem naming its field: an unknown time zone or malformed region
    /// code, a year given twice, a date that is not a date or lies outside its year, days off that overlap, a day
    /// both off and a make-up working day, office hours that end before they start or overlap.
    public func problems() -> [OasisError.Detail] {
        var problems: [OasisError.Detail] = []
        if TimeZone(identifier: timeZone) == nil { problems.append(.init(field: "timeZone", reason: "unknown time zone \(timeZone)")) }
        if let region {
            do { _ = try RegionCode(region) } catch { problems.append(.init(field: "region", reason: error.message)) }
        }
        if years.isEmpty && (officeHours ?? []).isEmpty {
            problems.append(.init(field: "years", reason: "the file has neither years nor office hours"))
        }
        var seenYears: [Int: Int] = [:]
        for (index, year) in years.enumerated() {
            if let first = seenYears[year.year] {
                problems.append(.init(field: "years[\(index)].year", reason: "year \(year.year) is already given in years[\(first)]"))
            } else {
                seenYears[year.year] = index
            }
            problems += year.problems(path: "years[\(index)]")
        }
        for (index, entry) in (officeHours ?? []).enumerated() {
            problems += entry.problems(path: "officeHours[\(index)]")
            if let day = CalendarDay(entry.from), let earlier = officeHours?[..<index].firstIndex(where: { CalendarDay($0.from) == day }) {
                problems.append(.init(field: "officeHours[\(index)].from", reason: "\(entry.from) is already given in officeHours[\(earlier)]"))
            }
        }
        return problems
    }
}

extension HolidayCalendarData.Year {
    /// The problems of one year (see `HolidayCalendarData.problems()`), under `path`.
    func problems(path: String) -> [OasisError.Detail] {
        var problems: [OasisError.Detail] = []
        guard (1...9999).contains(year) else { return [.init(field: "\(path).year", reason: "\(year) is not a year")] }
        func day(_ text: String, _ field: String) -> CalendarDay? {
            guard let day = CalendarDay(text) else {
                problems.append(.init(field: field, reason: "\"\(text)\" is not a date (YYYY-MM-DD)"))
                return nil
            }
            guard day.year == year else {
                problems.append(.init(field: field, reason: "\(text) is outside the year \(year) this entry states"))
                return nil
            }
            return day
        }
        var offBy: [CalendarDay: Int] = [:]
        for (index, holiday) in holidays.enumerated() {
            let field = "\(path).holidays[\(index)]"
            guard let from = day(holiday.from, "\(field).from"), let to = day(holiday.to, "\(field).to") else { continue }
            guard from <= to else {
                problems.append(.init(field: "\(field).to", reason: "\(holiday.name) ends (\(holiday.to)) before it starts (\(holiday.from))"))
                continue
            }
            for ordinal in from.ordinal...to.ordinal {
                let date = CalendarDay(ordinal: ordinal)
                if let other = offBy[date] {
                    problems.append(.init(field: field, reason: "\(holiday.name) overlaps \(path).holidays[\(other)] on \(date)"))
                    break
                }
                offBy[date] = index
            }
        }
        var made: [CalendarDay: Int] = [:]
        for (index, text) in workdays.enumerated() {
            let field = "\(path).workdays[\(index)]"
            guard let date = day(text, field) else { continue }
            if let other = made[date] {
                problems.append(.init(field: field, reason: "\(text) is already given in \(path).workdays[\(other)]"))
            } else if let holiday = offBy[date] {
                problems.append(
                    .init(field: field, reason: "\(text) is both a day off (\(path).holidays[\(holiday)]) and a make-up working day"))
            }
            made[date] = index
        }
        return problems
    }
}

extension OfficeHoursEntry {
    /// The schedule change these office hours make, nil when they have a problem.
    public var change: OfficeHoursSchedule.Change? {
        guard problems(path: "").isEmpty, let day = CalendarDay(from) else { return nil }
        var spans: [WorkingCalendar.Period] = []
        for span in periods {
            guard let start = Self.minutes(span.start), let end = Self.minutes(span.end) else { return nil }
            spans.append(WorkingCalendar.Period(start: start, end: end))
        }
        return OfficeHoursSchedule.Change(from: day, periods: spans)
    }

    /// The problems of one office-hours entry, under `path`: a date that is not a date, no periods, a time
    /// that is not `HH:MM`, a period that ends before it starts, periods that overlap.
    func problems(path: String) -> [OasisError.Detail] {
        var problems: [OasisError.Detail] = []
        if CalendarDay(from) == nil { problems.append(.init(field: "\(path).from", reason: "\"\(from)\" is not a date (YYYY-MM-DD)")) }
        if periods.isEmpty { problems.append(.init(field: "\(path).periods", reason: "office hours need at least one period")) }
        var previous: (index: Int, end: Int)?
        for (index, span) in periods.enumerated() {
            let field = "\(path).periods[\(index)]"
            guard let start = Self.minutes(span.start) else {
                problems.append(.init(field: "\(field).start", reason: "\"\(span.start)\" is not a time (HH:MM)"))
                continue
            }
            guard let end = Self.minutes(span.end) else {
                problems.append(.init(field: "\(field).end", reason: "\"\(span.end)\" is not a time (HH:MM)"))
                continue
            }
            guard start < end else {
                problems.append(.init(field: "\(field).end", reason: "the period ends (\(span.end)) before it starts (\(span.start))"))
                continue
            }
            if let previous, start < previous.end {
                problems.append(
                    .init(
                        field: field,
                        reason: "\(span.start)–\(span.end) overlaps or precedes \(path).periods[\(previous.index)]; list periods in order"))
            }
            previous = (index, end)
        }
        return problems
    }
}
