import Foundation
import OasisCore
import Testing

@Suite("Deadlines by category and priority in working time")
struct DeadlinePolicyTests {
    let calendar = WorkingCalendar.china

    func cst(_ day: String, _ hour: Int, _ minute: Int = 0) -> Date {
        calendar.instant(CalendarDay(day)!, minute: hour * 60 + minute)
    }

    @Test("a consultation dispatched before the Spring Festival: 2 working days count the make-up Sunday and skip the holiday")
    func springFestival() {
        // Zhuhai-style rule: respond within 1 working hour, consultations closed in 2 working days.
        let policy = DeadlinePolicy(
            defaultRule: DeadlineRule(respond: .workingHours(1), resolve: .workingDays(4)),
            byCategory: ["consultation": DeadlineRule(respond: .workingHours(1), resolve: .workingDays(2))])
        let deadlines = policy.deadlines(category: "consultation", priority: .normal, dispatchedAt: cst("2025-01-25", 10), calendar: calendar)
        // Saturday 25 January: the make-up Sunday 26th is working day 1, Monday 27th day 2.
        #expect(deadlines.resolveBy == cst("2025-01-27", 18))
        // Responding: Saturday is off, so the first working hour is on the make-up Sunday.
        #expect(deadlines.respondBy == cst("2025-01-26", 10))
        let complaint = policy.deadlines(category: "complaint", priority: .normal, dispatchedAt: cst("2025-01-27", 9), calendar: calendar)
        // Four working days after Monday 27 January: 5, 6, 7 and the make-up Saturday 8 February.
        #expect(complaint.resolveBy == cst("2025-02-08", 18))
    }

    @Test("emergencies run on the clock; the most specific rule wins")
    func specificity() {
        let policy = DeadlinePolicy.standard
        let emergency = policy.deadlines(category: "gas-leak", priority: .emergency, dispatchedAt: cst("2025-10-01", 22), calendar: calendar)
        #expect(emergency.resolveBy == cst("2025-10-02", 0))
        var custom = policy
        custom.byCategoryAndPriority["gas-leak|emergency"] = DeadlineRule(respond: .calendarHours(1), resolve: .calendarHours(1))
        #expect(custom.rule(category: "gas-leak", priority: .emergency).resolve == .calendarHours(1))
        #expect(custom.rule(category: "noise", priority: .emergency).resolve == .calendarHours(2))
        #expect(custom.rule(category: "noise", priority: .normal).resolve == .workingDays(7))
    }

    @Test("warning before the deadline, overdue after it")
    func states() {
        let deadlines = DeadlinePolicy.standard.deadlines(
            category: "x", priority: .emergency, dispatchedAt: cst("2025-03-03", 10), calendar: calendar)
        #expect(deadlines.state(at: cst("2025-03-03", 11)) == "ok")
        #expect(deadlines.state(at: cst("2025-03-03", 11, 40)) == "warning")
        #expect(deadlines.state(at: cst("2025-03-03", 12, 1)) == "overdue")
    }
}
