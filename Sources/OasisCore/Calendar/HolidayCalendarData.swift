/// The JSON shape of a holiday calendar: per year, ranges of days off and the make-up working days. Without
/// `region` it is the national calendar; with one it is a regional layer over it for that region and every
/// region below it (`CalendarBook`). `officeHours` optionally sets the region's office hours from given days on.
/// `sample` and `note` label a file that is an example, not official dates.
public struct HolidayCalendarData: Codable, Sendable, Equatable {
    public struct Year: Codable, Sendable, Equatable {
        public struct Holiday: Codable, Sendable, Equatable {
            public var name: String
            /// Inclusive dates, `YYYY-MM-DD` in the calendar's time zone.
            public var from: String
            public var to: String

            public init(name: String, from: String, to: String) {
                self.name = name
                self.from = from
                self.to = to
            }
        }

        public var year: Int
        public var source: String?
        public var holidays: [Holiday]
        public var workdays: [String]

        public init(year: Int, source: String?, holidays: [Holiday], workdays: [String]) {
            self.year = year
            self.source = source
            self.holidays = holidays
            self.workdays = workdays
        }
    }

    public var timeZone: String
    public var years: [Year]
    /// A region code (`650000` for Xinjiang); nil for the national calendar.
    public var region: String?
    /// True when the file's dates are an example and not official.
    public var sample: Bool?
    public var note: String?
    public var officeHours: [OfficeHoursEntry]?

    public init(
        timeZone: String, years: [Year], region: String? = nil, sample: Bool? = nil, note: String? = nil, officeHours: [OfficeHoursEntry]? = nil
    ) {
        self.timeZone = timeZone
        self.years = years
        self.region = region
        self.sample = sample
        self.note = note
        self.officeHours = officeHours
    }
}
