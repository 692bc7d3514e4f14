import Foundation
import OasisCore

/// TEST FIXTURES, NOT OFFICIAL DATES: calendar files made up for the tests. The 2027 national year and the
/// Xinjiang and Tianshan District layers below were invented to exercise the rules; real years come from the
/// State Council's and the regional government's announcements.
enum CalendarTestFixtures {
    /// TEST fixture for 2027 (not the official arrangement): New Year's Day off from Friday 1 to Sunday 3 January,
    /// a make-up working Saturday on 9 January.
    static let national2027 = #"""
        {
          "timeZone": "Asia/Shanghai",
          "sample": true,
          "note": "TEST FIXTURE for Oasis's tests, not official dates",
          "years": [
            {"year": 2027, "source": "TEST fixture, not official",
             "holidays": [{"name": "TEST New Year", "from": "2027-01-01", "to": "2027-01-03"}],
             "workdays": ["2027-01-09"]}
          ]
        }
        """#

    /// TEST layer for Xinjiang (650000): a day off on Friday 20 March 2026, and summer and winter office hours.
    static let xinjiang = #"""
        {
          "timeZone": "Asia/Shanghai",
          "region": "650000",
          "sample": true,
          "note": "TEST FIXTURE, not official dates",
          "years": [
            {"year": 2026, "source": "TEST fixture",
             "holidays": [{"name": "TEST regional holiday", "from": "2026-03-20", "to": "2026-03-20"}],
             "workdays": []}
          ],
          "officeHours": [
            {"from": "2026-05-01", "label": "TEST summer",
             "periods": [{"start": "10:00", "end": "14:00"}, {"start": "16:00", "end": "20:00"}]},
            {"from": "2026-10-08", "label": "TEST winter",
             "periods": [{"start": "10:00", "end": "13:30"}, {"start": "15:30", "end": "19:30"}]}
          ]
        }
        """#

    /// TEST layer for Tianshan District (650102): works on the day Xinjiang's layer gives off (the nearest wins).
    static let tianshan = #"""
        {
          "timeZone": "Asia/Shanghai",
          "region": "650102",
          "sample": true,
          "years": [{"year": 2026, "holidays": [], "workdays": ["2026-03-20"]}]
        }
        """#

    static func file(_ json: String) throws -> HolidayCalendarData { try HolidayCalendarData.decode(json: Array(json.utf8)) }

    /// An instant given as China Standard Time.
    static func cst(_ text: String, _ hour: Int, _ minute: Int = 0) -> Date {
        WorkingCalendar.china.instant(CalendarDay(text)!, minute: hour * 60 + minute)
    }
}
