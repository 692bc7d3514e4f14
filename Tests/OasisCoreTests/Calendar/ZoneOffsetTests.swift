import Foundation
import Testing

@testable import OasisCore

@Suite("Fixed zone offsets: deadlines convert times by arithmetic only where the zone never changes its offset")
struct ZoneOffsetTests {
    @Test("China Standard Time is UTC+8 with no change since 1991, so it has a fixed offset of 28,800 s")
    func chinaStandardTime() throws {
        let zone = try #require(TimeZone(identifier: "Asia/Shanghai"))
        #expect(ZoneOffset.fixed(zone) == 8 * 3600)
        #expect(ZoneOffset.fixed(try #require(TimeZone(identifier: "Asia/Urumqi"))) == 6 * 3600)
    }

    @Test("a zone with daylight saving (Berlin: CET/CEST) has none and is asked of the time-zone database")
    func daylightSaving() throws {
        #expect(ZoneOffset.fixed(try #require(TimeZone(identifier: "Europe/Berlin"))) == nil)
        #expect(ZoneOffset.fixed(try #require(TimeZone(identifier: "America/Los_Angeles"))) == nil)
    }

    @Test("the calendar's offset equals the time-zone database's for every day of 1985–2040 (CST had daylight saving 1986–1991)")
    func sameAnswerAsTheDatabase() throws {
        let calendar = WorkingCalendar.china
        let zone = calendar.timeZone
        // Every 6 hours from 1985-01-01 to 2040-12-31, in UTC seconds, through both conversions.
        var seconds = 473_385_600.0
        var checked = 0
        var firstDifference: Double?
        while seconds < 2_240_524_800, firstDifference == nil {
            if calendar.offset(at: seconds) != zone.secondsFromGMT(for: Date(timeIntervalSince1970: seconds)) { firstDifference = seconds }
            seconds += 6 * 3600
            checked += 1
        }
        #expect(firstDifference == nil)
        #expect(checked > 80_000)
        // 1990-07-01 12:00 CDT was UTC+9 (daylight saving), answered by the database.
        #expect(calendar.offset(at: 646_801_200) == 9 * 3600)
    }
}
