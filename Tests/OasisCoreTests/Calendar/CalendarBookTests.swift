import Foundation
import OasisCore
import Testing

@Suite("Calendars as data: loaded years, regional layers, office hours per region")
struct CalendarBookTests {
    typealias F = CalendarTestFixtures
    let policy = DeadlinePolicy.standard

    func resolveBy(_ book: CalendarBook, region: String?, at start: Date) -> CaseDeadlines {
        policy.deadlines(category: "x", priority: .normal, region: region, dispatchedAt: start, calendars: book)
    }

    @Test("a 7-working-day deadline from 2026-12-24 is flagged without 2027 and moves when a 2027 file is loaded")
    func unknownYear() throws {
        // Thursday 24 December 2026, 10:00. Weekends only in 2027: Fri 25 (1), Mon 28 (2), Tue 29 (3), Wed 30 (4),
        // Thu 31 (5), Fri 1 January (6, counted as a working day: nothing says otherwise), Mon 4 (7) → 4 January 18:00.
        let start = F.cst("2026-12-24", 10)
        let without = resolveBy(.builtIn, region: "650102", at: start)
        #expect(without.resolveBy == F.cst("2027-01-04", 18))
        #expect(without.provisionalYears == [2027] && without.isProvisional)
        // The respond-by deadline (1 working hour, 11:00 the same day) stays in 2026; the case is flagged for 2027.
        // With the TEST 2027 file (1–3 January off): Fri 25 (1), Mon 28 (2), Tue 29 (3), Wed 30 (4), Thu 31 (5),
        // Mon 4 (6), Tue 5 (7) → 5 January 2027 18:00 CST (10:00 UTC).
        let book = try CalendarBook(files: [try F.file(F.national2027)])
        let with = resolveBy(book, region: "650102", at: start)
        #expect(with.resolveBy == F.cst("2027-01-05", 18))
        #expect(with.resolveBy == Date(timeIntervalSince1970: 1_799_143_200))
        #expect(with.provisionalYears == nil && !with.isProvisional)
        #expect(book.lastYear == 2027 && CalendarBook.builtIn.lastYear == 2026)
        // Existing years are unchanged by loading another.
        #expect(resolveBy(book, region: nil, at: F.cst("2025-01-24", 10)) == resolveBy(.builtIn, region: nil, at: F.cst("2025-01-24", 10)))
    }

    @Test("the administrators' warning starts 60 days before the last loaded year ends")
    func coverageWarning() throws {
        #expect(CalendarBook.builtIn.coverageWarning(at: F.cst("2026-11-01", 12)) == nil)
        // 2026-11-01 to 2026-12-31 is 60 days: not yet; 2026-11-02 leaves 59.
        #expect(CalendarBook.builtIn.coverageWarning(at: F.cst("2026-11-02", 12)) == CalendarCoverageWarning(lastYear: 2026, daysLeft: 59))
        #expect(CalendarBook.builtIn.coverageWarning(at: F.cst("2027-01-02", 12))?.daysLeft == -2)
        let book = try CalendarBook(files: [try F.file(F.national2027)])
        #expect(book.coverageWarning(at: F.cst("2026-12-02", 12)) == nil)
    }

    @Test("a regional holiday moves a deadline in 650102, not outside Xinjiang; the nearest layer wins")
    func regionalLayer() throws {
        // Thursday 19 March 2026, 10:00, 1 working day (urgent): Friday 20 March 18:00 nationally.
        let start = F.cst("2026-03-19", 10)
        let xinjiang = try CalendarBook(files: [try F.file(F.xinjiang)])
        func urgent(_ book: CalendarBook, _ region: String?) -> Date {
            policy.deadlines(category: "x", priority: .urgent, region: region, dispatchedAt: start, calendars: book).resolveBy
        }
        #expect(urgent(.builtIn, "650102") == F.cst("2026-03-20", 18))
        // Xinjiang's TEST day off on Friday 20 March: the next working day is Monday 23 March (Xinjiang's layer has no
        // office hours before 1 May, so the day closes at the national 18:00).
        #expect(urgent(xinjiang, "650102") == F.cst("2026-03-23", 18))
        #expect(urgent(xinjiang, "653101") == F.cst("2026-03-23", 18))
        #expect(urgent(xinjiang, "110101") == F.cst("2026-03-20", 18))
        #expect(urgent(xinjiang, nil) == F.cst("2026-03-20", 18))
        // Tianshan District's TEST layer works that day: nearest wins for 650102 and the regions below it only.
        let both = try CalendarBook(files: [try F.file(F.xinjiang), try F.file(F.tianshan)])
        #expect(urgent(both, "650102") == F.cst("2026-03-20", 18))
        #expect(urgent(both, "650102001") == F.cst("2026-03-20", 18))
        #expect(urgent(both, "653101") == F.cst("2026-03-23", 18))
        #expect(CalendarBook.coverage(of: "650000") == "65" && CalendarBook.coverage(of: "650100") == "6501")
        #expect(CalendarBook.coverage(of: "650102") == "650102" && CalendarBook.coverage(of: "650102001") == "650102001")
    }

    @Test("summer and winter office hours give the hand-worked working-hour deadlines, across the change too")
    func officeHours() throws {
        let book = try CalendarBook(files: [try F.file(F.xinjiang)])
        let urumqi = book.calendar(forRegion: "650102")
        // Summer (TEST 10:00–14:00, 16:00–20:00), Wednesday 10 June 2026 at 13:00, 2 working hours:
        // 13:00–14:00 is 60 minutes, 60 left; from 16:00 → 17:00 CST (09:00 UTC).
        #expect(urumqi.addingWorkingMinutes(120, to: F.cst("2026-06-10", 13)) == F.cst("2026-06-10", 17))
        #expect(urumqi.addingWorkingMinutes(120, to: F.cst("2026-06-10", 13)) == Date(timeIntervalSince1970: 1_781_082_000))
        // The same case in Beijing keeps 09:00–12:00, 13:30–18:00: 13:00 is lunch, 13:30 + 120 → 15:30.
        #expect(book.calendar(forRegion: "110101").addingWorkingMinutes(120, to: F.cst("2026-06-10", 13)) == F.cst("2026-06-10", 15, 30))
        // Winter (TEST 10:00–13:30, 15:30–19:30), Thursday 3 December 2026 at 19:00, 3 working hours:
        // 19:00–19:30 is 30 minutes, 150 left; Friday 4 December 10:00 + 150 minutes → 12:30 CST (04:30 UTC).
        #expect(urumqi.addingWorkingMinutes(180, to: F.cst("2026-12-03", 19)) == F.cst("2026-12-04", 12, 30))
        #expect(urumqi.addingWorkingMinutes(180, to: F.cst("2026-12-03", 19)) == Date(timeIntervalSince1970: 1_796_358_600))
        // Across the change: Wednesday 30 September 19:00 in summer hours, 2 working hours: 19:00–20:00 is 60 minutes;
        // 1–7 October are the National Day holiday; Thursday 8 October is in winter hours: 10:00 + 60 → 11:00.
        #expect(urumqi.addingWorkingMinutes(120, to: F.cst("2026-09-30", 19)) == F.cst("2026-10-08", 11))
        // A working-day deadline closes at the end of that day's office hours: summer 20:00, winter 19:30.
        #expect(urumqi.addingWorkingDays(1, to: F.cst("2026-06-10", 11)) == F.cst("2026-06-11", 20))
        #expect(urumqi.addingWorkingDays(1, to: F.cst("2026-12-03", 11)) == F.cst("2026-12-04", 19, 30))
        // Before the first change the national office hours hold.
        #expect(urumqi.officeHours(on: CalendarDay("2026-04-30")!) == WorkingCalendar.china.officeHours)
    }
}
