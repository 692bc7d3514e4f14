import Foundation
import OasisCore
import Testing

@Suite("A bad calendar file is refused as a whole, naming the line or field")
struct CalendarFileValidationTests {
    /// The details of the refusal of `json`, or [] when it was accepted.
    func refusal(_ json: String) -> [OasisError.Detail] {
        do {
            _ = try HolidayCalendarData.decode(json: Array(json.utf8))
            return []
        } catch {
            #expect(error.code == "calendar_invalid")
            return error.details
        }
    }

    func year(_ holidays: String, _ workdays: String, year: Int = 2027) -> String {
        #"{"timeZone": "Asia/Shanghai", "years": [{"year": \#(year), "holidays": [\#(holidays)], "workdays": [\#(workdays)]}]}"#
    }

    @Test("a day both off and a make-up working day")
    func contradictory() {
        let details = refusal(year(#"{"name": "A", "from": "2027-01-01", "to": "2027-01-03"}"#, #""2027-01-09", "2027-01-02""#))
        #expect(details.map(\.field) == ["years[0].workdays[1]"])
        #expect(details.first?.reason.contains("both a day off (years[0].holidays[0]) and a make-up working day") == true)
    }

    @Test("overlapping days off, and a make-up day given twice")
    func overlapping() {
        let details = refusal(
            year(
                #"{"name": "A", "from": "2027-02-05", "to": "2027-02-11"}, {"name": "B", "from": "2027-02-11", "to": "2027-02-12"}"#,
                #""2027-02-20", "2027-02-20""#))
        #expect(details.map(\.field) == ["years[0].holidays[1]", "years[0].workdays[1]"])
        #expect(details.first?.reason == "B overlaps years[0].holidays[0] on 2027-02-11")
    }

    @Test("a date outside the year the entry states, a date that is no date, a range that ends before it starts")
    func outsideYear() {
        let details = refusal(
            year(
                #"{"name": "A", "from": "2026-12-31", "to": "2027-01-01"}, {"name": "B", "from": "2027-02-30", "to": "2027-03-01"}, {"name": "C", "from": "2027-05-03", "to": "2027-05-01"}"#,
                #""2028-01-02""#))
        #expect(
            details.map(\.field) == ["years[0].holidays[0].from", "years[0].holidays[1].from", "years[0].holidays[2].to", "years[0].workdays[0]"])
        #expect(details.first?.reason == "2026-12-31 is outside the year 2027 this entry states")
    }

    @Test("office hours that end before they start or overlap, and a malformed region code")
    func officeHours() {
        let json = #"""
            {"timeZone": "Asia/Shanghai", "region": "65", "years": [],
             "officeHours": [
               {"from": "2027-05-01", "periods": [{"start": "14:00", "end": "10:00"}]},
               {"from": "2027-10-01", "periods": [{"start": "10:00", "end": "14:00"}, {"start": "13:00", "end": "19:00"}]},
               {"from": "2027-11-01", "periods": [{"start": "9h", "end": "12:00"}]}
             ]}
            """#
        let details = refusal(json)
        #expect(details.map(\.field) == ["region", "officeHours[0].periods[0].end", "officeHours[1].periods[1]", "officeHours[2].periods[0].start"])
        #expect(details[1].reason == "the period ends (10:00) before it starts (14:00)")
    }

    @Test("unparsable JSON is refused with its line and column; a trailing comma too")
    func syntax() {
        let details = refusal("{\n  \"timeZone\": \"Asia/Shanghai\",\n  \"years\": [ x ]\n}")
        #expect(details.count == 1)
        #expect(details.first?.line == 3, "\(details)")
        #expect(details.first?.column != nil, "\(details)")
        let comma = refusal("{\"timeZone\": \"Asia/Shanghai\",\n \"years\": [],\n}")
        #expect(comma.first?.line == 2, "\(comma)")
    }

    @Test("a year given twice and an unknown time zone")
    func duplicates() {
        let json =
            #"{"timeZone": "Mars/Olympus", "years": [{"year": 2027, "holidays": [], "workdays": []}, {"year": 2027, "holidays": [], "workdays": []}]}"#
        #expect(refusal(json).map(\.field) == ["timeZone", "years[1].year"])
    }

    @Test("the shipped sample regional file is valid and says it is a sample")
    func sample() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "../../../docs/examples/calendar-xinjiang-sample.json")
        let file = try HolidayCalendarData.decode(json: Array(try Data(contentsOf: url)))
        #expect(file.sample == true && file.region == "650000")
        #expect(file.note?.contains("SAMPLE") == true)
        #expect(!(file.officeHours ?? []).isEmpty)
    }
}
