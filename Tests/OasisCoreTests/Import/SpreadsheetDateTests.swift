import Foundation
import OasisCore
import OasisImport
import Testing

@Suite("Excel dates: serial numbers in both date systems, the forms Excel writes into CSV, two-digit years")
struct SpreadsheetDateTests {
    func day(_ serial: Double, _ system: ExcelSerialDate.System = .from1900) -> String? {
        ExcelSerialDate(serial: serial, system: system)?.dayText
    }

    @Test("serials of the 1900 system, Lotus's phantom 1900-02-29 included, and of the 1904 system")
    func serials() {
        // Microsoft documents serial 1 as 1900-01-01 and 45292 as 2024-01-01; 60 is the 29 February 1900 that never was.
        #expect(day(1) == "1900-01-01")
        #expect(day(59) == "1900-02-28")
        #expect(day(60) == nil)
        #expect(day(61) == "1900-03-01")
        #expect(day(45292) == "2024-01-01")
        #expect(day(2_958_465) == "9999-12-31")
        #expect(day(0) == nil)
        #expect(day(-1) == nil)
        // The 1904 system counts from 1904-01-01; the same day is 1,462 serials lower.
        #expect(day(0, .from1904) == "1904-01-01")
        #expect(day(45292 - 1462, .from1904) == "2024-01-01")
        // 13:40 is 49,200 s, 0.569444… of a day; Excel stores it rounded to 15 digits.
        #expect(ExcelSerialDate(serial: 46086.5694444444, system: .from1900)?.dateTimeText == "2026-03-05 13:40:00")
        #expect(ExcelSerialDate(serial: 36525.9999884259, system: .from1900)?.dateTimeText == "1999-12-31 23:59:59")
    }

    @Test("days and date-times as Excel writes them into CSV")
    func written() {
        func text(_ value: String) -> String? {
            SpreadsheetDateText.dateTime(value).map { "\($0.day) \($0.secondsOfDay)" }
        }
        #expect(text("2026/3/5") == "2026-03-05 0")
        #expect(text("2026-03-05") == "2026-03-05 0")
        #expect(text("2026.3.5") == "2026-03-05 0")
        #expect(text("2026年3月5日") == "2026-03-05 0")
        #expect(text("2026-03-05 13:40") == "2026-03-05 49200")
        #expect(text("2026/3/5 9:05:30") == "2026-03-05 32730")
        #expect(text("2026-03-05T13:40:00") == "2026-03-05 49200")
        #expect(text("46086") == "2026-03-05 0")
        for bad in ["2026/2/30", "2026/13/1", "2026-03-05 24:00", "2026-03-05 13:4", "26/3/5", "2026/3-5", "March 5", "", "."] {
            #expect(text(bad) == nil, "\(bad)")
        }
    }

    /// A mapping whose created time has the pattern `format` in Shanghai time.
    func reader(_ format: String) throws -> CaseImportReader {
        try CaseImportReader(
            mapping: CaseImportMapping(
                name: "t", externalID: "id", createdAt: CaseImportTimeColumn(column: "created", format: format, timeZone: "Asia/Shanghai"),
                category: CaseImportValueMap(column: "type", values: ["垃圾": "E0101"], unmapped: .refuse)))
    }

    @Test("column-mapping patterns with one-digit fields and two-digit years (00–68 → 20yy, 69–99 → 19yy)")
    func twoDigitYears() throws {
        let csv = "id,created,type\nA,1/2/20 13:40,垃圾\nB,12/31/99 9:05,垃圾\nC,1/1/68 0:00,垃圾\nD,1/1/69 0:00,垃圾\nE,13/1/20 0:00,垃圾\n"
        let result = try reader("M/d/yy H:mm").readAll(csv: Array(csv.utf8))
        let utc = ISO8601DateFormatter()
        // Shanghai is UTC+8 all year.
        #expect(
            result.rows.map { utc.string(from: $0.createdAt) } == [
                "2020-01-02T05:40:00Z", "1999-12-31T01:05:00Z", "2067-12-31T16:00:00Z", "1968-12-31T16:00:00Z",
            ])
        #expect(
            result.summary.problems.map(\.description) == [#"line 6, column created: "13/1/20 0:00" is not a date-time in the pattern M/d/yy H:mm"#])
    }

    @Test("the pattern excel reads serial numbers as local times")
    func excelSerials() throws {
        let result = try reader("excel").readAll(csv: Array("id,created,type\nA,46086.5694444444,垃圾\n".utf8))
        #expect(result.rows.map { ISO8601DateFormatter().string(from: $0.createdAt) } == ["2026-03-05T05:40:00Z"])
    }
}
