import Foundation
import OasisCore
import OasisTestSupport
import PropertyBased
import Testing

@Suite("NumericDomain: one statement of what each number may be")
struct NumericDomainTests {
    @Test("bounds, whole numbers, excluded lower bounds and non-finite values, hand-worked")
    func examples() {
        #expect(NumericDomain.money.contains(0))
        #expect(NumericDomain.money.contains(1e9))
        #expect(!NumericDomain.money.contains(1e9 + 1))
        #expect(!NumericDomain.money.contains(-1))
        #expect(!NumericDomain.money.contains(1e19))
        #expect(!NumericDomain.money.contains(.infinity))
        #expect(!NumericDomain.money.contains(.nan))
        #expect(NumericDomain.year.contains(2025))
        #expect(!NumericDomain.year.contains(2025.5))
        #expect(NumericDomain.year.reason(Int.max) != nil)
        #expect(NumericDomain.year.reason(Int(1948)) != nil)
        #expect(!NumericDomain.shelterArea.contains(0))
        #expect(NumericDomain.shelterArea.contains(0.5))
        #expect(NumericDomain.weight.reason(1e308)?.hasSuffix("is outside 0 … 1000") == true)
        #expect(NumericDomain.weight.reason(-1) == "-1 is outside 0 … 1000")
        #expect(NumericDomain.money.reason(1e19) == "10000000000000000000 is outside 0 … 1000000000 万元")
        #expect(NumericDomain.money.detail(-1, field: "budget.fiscal")?.field == "budget.fiscal")
    }

    @Test("a value is in a domain exactly when it is finite, within the bounds, and whole where the domain is whole")
    func membership() async {
        await propertyCheck(count: 300, input: Gen.int(in: ExtremeNumbers.choices), Gen<UInt64>.bitSet) { choice, bits in
            let value = ExtremeNumbers.value(choice, bits)
            for domain in NumericDomain.catalogue {
                let lowOK = domain.excludesLowerBound ? value > domain.range.lowerBound : value >= domain.range.lowerBound
                let expected = value.isFinite && lowOK && value <= domain.range.upperBound && (!domain.wholeNumber || value.rounded() == value)
                #expect(domain.contains(value) == expected, "\(domain.fields): \(value)")
            }
        }
    }

    @Test("days: years outside 1 … 9999 and absurd instants neither parse nor trap")
    func days() {
        #expect(CalendarDay("2025-10-31") != nil)
        #expect(CalendarDay("9223372036854775807-01-01") == nil)
        #expect(CalendarDay("0-01-01") == nil)
        #expect(CalendarDay("10000-01-01") == nil)
        #expect(CalendarDay(date: Date(timeIntervalSince1970: 1e300)).year > 2_000_000)
        #expect(CalendarDay(date: Date(timeIntervalSince1970: -.infinity)).year < -2_000_000)
    }

    @Test("docs/api.md carries the numeric domains and the length limits exactly as the catalogue states them")
    func documented() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let text = try String(contentsOf: root.appendingPathComponent("docs/api.md"), encoding: .utf8)
        #expect(text.contains("## Numeric domains"))
        #expect(text.contains(NumericDomain.markdownTable))
        #expect(text.contains(TextLimit.markdownTable))
    }
}

@Suite("Deadline spans: amounts are bounded so that no deadline arithmetic can overflow")
struct DeadlineSpanDomainTests {
    @Test("1 … 10,000 hours or days are read; 0, 10,001, 2^63 − 1 and hexadecimal are not")
    func amounts() {
        #expect(DeadlineRule.Span(text: "2 working days") == .workingDays(2))
        #expect(DeadlineRule.Span(text: "10000 hours") == .calendarHours(10_000))
        for text in ["0 hours", "10001 working days", "9223372036854775807 working hours", "0x10 hours", "-1 hours"] {
            #expect(DeadlineRule.Span(text: text) == nil, "\(text)")
        }
    }
}
