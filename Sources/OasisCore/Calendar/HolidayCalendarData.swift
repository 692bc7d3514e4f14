/// The JSON shape of a holiday calendar: per year, ranges of days off and the make-up working days.
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

    public init(timeZone: String, years: [Year]) {
        self.timeZone = timeZone
        self.years = years
    }
}
