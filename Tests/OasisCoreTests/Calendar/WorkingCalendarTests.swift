import Foundation
import OasisCore
import Testing

@Suite("Working time in China Standard Time on the official holiday calendar")
struct WorkingCalendarTests {
    let calendar = WorkingCalendar.china

    func day(_ text: String) -> CalendarDay { CalendarDay(text)! }

    /// An instant given as China Standard Time.
    func cst(_ text: String, _ hour: Int, _ minute: Int = 0) -> Date {
        calendar.instant(day(text), minute: hour * 60 + minute)
    }

    @Test("weekdays, weekends, holidays and make-up working weekends (调休)")
    func workingDays() {
        #expect(day("1970-01-01").weekday == 4)
        #expect(day("2025-01-26").weekday == 7)
        #expect(calendar.isWorkingDay(day("2025-01-26")), "Sunday 26 January 2025 is a make-up working day")
        #expect(!calendar.isWorkingDay(day("2025-01-28")))
        #expect(!calendar.isWorkingDay(day("2025-02-03")), "a Monday inside the Spring Festival holiday")
        #expect(calendar.isWorkingDay(day("2025-02-08")), "Saturday 8 February 2025 is a make-up working day")
        #expect(!calendar.isWorkingDay(day("2025-02-09")))
        #expect(calendar.isWorkingDay(day("2026-02-14")) && calendar.isWorkingDay(day("2026-02-28")))
        #expect(!calendar.isWorkingDay(day("2026-02-23")))
        #expect(!calendar.isWorkingDay(day("2026-10-07")) && calendar.isWorkingDay(day("2026-10-10")))
        #expect(calendar.knows(year: 2026) && !calendar.knows(year: 2027))
    }

    @Test("working days skip the holiday and count the make-up Sunday")
    func addingDays() {
        // Friday 24 January 2025: the make-up Sunday (26th) counts, Monday the 27th is the second day.
        #expect(calendar.addingWorkingDays(2, to: cst("2025-01-24", 10)) == cst("2025-01-27", 18))
        // From the last day before Spring Festival: the next working day is Wednesday 5 February.
        #expect(calendar.addingWorkingDays(1, to: cst("2025-01-27", 9)) == cst("2025-02-05", 18))
    }

    @Test("working hours stop at lunch, at the end of the day and over holidays, and resume on a make-up Saturday")
    func addingHours() {
        #expect(calendar.addingWorkingMinutes(60, to: cst("2025-03-03", 11, 30)) == cst("2025-03-03", 14))
        // Friday 7 February 2025, 17:00 + 2 h: one hour on Friday, one on the make-up Saturday the 8th.
        #expect(calendar.addingWorkingMinutes(120, to: cst("2025-02-07", 17)) == cst("2025-02-08", 10))
        // An emergency registered at 20:00 on the eve of the National Day holiday with 4 working hours.
        #expect(calendar.addingWorkingMinutes(240, to: cst("2025-09-30", 20)) == cst("2025-10-09", 13, 30 + 60))
        // 10:00 in Beijing is 02:00 UTC.
        #expect(cst("2025-03-03", 10) == Date(timeIntervalSince1970: 1_740_967_200))
    }

    @Test("an inconsistent calendar is refused, naming the dates")
    func invalid() {
        let data = HolidayCalendarData(
            timeZone: "Asia/Shanghai",
            years: [
                .init(
                    year: 2030, source: nil,
                    holidays: [
                        .init(name: "x", from: "2030-02-30", to: "2030-03-01"),
                        .init(name: "y", from: "2030-05-01", to: "2030-05-03"),
                    ],
                    workdays: ["2030-05-02", "not-a-date"])
            ])
        #expect {
            try WorkingCalendar(data: data)
        } throws: { error in
            let reasons = (error as? OasisError)?.details.map(\.reason) ?? []
            return reasons.contains { $0.contains("2030-02-30") } && reasons.contains { $0.contains("not-a-date") }
                && reasons.contains { $0.contains("2030-05-02") }
        }
    }
}
