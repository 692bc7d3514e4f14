import Foundation
import OasisCore
import OasisImport
import Testing
import ZIPFoundation

/// Workbooks written by a real office suite (LibreOffice Calc, see Fixtures/make-fixtures.sh): Chinese headers and
/// labels, dates typed as date cells, both Excel date systems.
@Suite("Office-suite workbooks: Chinese headers and labels, typed dates")
struct OfficeSuiteWorkbookTests {
    static func fixture(_ name: String) throws -> [UInt8] {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
        return Array(try Data(contentsOf: folder.appendingPathComponent(name)))
    }

    static let projectContext = ProjectImportContext(
        regionCodes: ["650102", "650103"], policyID: "builtin", measures: [], problemIDs: [], taskIDs: [])

    static let framework = IndicatorFramework(
        id: "example", version: 2025, nameZh: "示例", nameEn: "Example",
        levels: [FrameworkCategory(code: "city", nameZh: "城市", nameEn: "City")],
        goals: [FrameworkCategory(code: "liveable", nameZh: "宜居", nameEn: "Liveable")],
        groups: [FrameworkCategory(code: "g1", nameZh: "一", nameEn: "One", level: "city")],
        indicators: [
            IndicatorDefinition(
                code: "I1", nameZh: "覆盖率", nameEn: "Coverage", unit: "%", level: "city", group: "g1", goal: "liveable",
                direction: .higherIsBetter),
            IndicatorDefinition(
                code: "I2", nameZh: "隐患", nameEn: "Hazards", unit: "栋", level: "city", group: "g1", goal: "liveable",
                direction: .lowerIsBetter),
        ])

    @Test("date, date-time and time cells read as the days and times Calc shows; other numbers stay numbers")
    func typedCells() throws {
        let rows = try XLSXWorkbook(data: try Self.fixture("dates.xlsx")).rows()
        #expect(
            rows.map(\.cells) == [
                ["day", "moment", "time", "number"],
                // Serial 46086 is 2026-03-05 (45292 is 2024-01-01, plus 366 + 365 + 59 + 4 days); .5694444 of a day is 13:40.
                ["2026-03-05", "2026-03-05 13:40:00", "13:40:00", "1.5"],
                // Serial 61 is 1900-03-01, after Excel's phantom 1900-02-29 (serial 60).
                ["1900-03-01", "1999-12-31 23:59:59", "00:00:30", "45356"],
            ])
    }

    @Test("the 1904 date system: the same serials are 1,462 days later")
    func date1904() throws {
        let book = try Self.withDate1904(try Self.fixture("dates.xlsx"))
        let workbook = try XLSXWorkbook(data: book)
        #expect(workbook.usesDate1904)
        let rows = try workbook.rows()
        // 2026-03-05 + 1,462 days (4 years with 2028-02-29, and one day) is 2030-03-06.
        #expect(rows[1].cells[0] == "2030-03-06")
        #expect(rows[1].cells[1] == "2030-03-06 13:40:00")
        #expect(rows[2].cells[0] == "1904-03-02")
    }

    @Test("a project workbook with Chinese headers, Chinese type and stage labels and date cells imports")
    func projects() throws {
        let table = try TabularData(xlsx: try Self.fixture("projects-zh.xlsx"))
        let parsed = try ProjectTableReader(context: Self.projectContext).read(table)
        #expect(parsed.problems.isEmpty)
        #expect(parsed.projects.map(\.code) == ["P1", "P2"])
        #expect(parsed.projects.map(\.type) == [.oldNeighbourhoodRenovation, .pocketPark])
        #expect(parsed.projects.map(\.stage) == [.underConstruction, .reserve])
        #expect(parsed.projects.map(\.nameZh) == ["幸福小区改造", "水磨河口袋公园"])
        #expect(parsed.projects.map { $0.plannedStart.map { CalendarDay(date: $0).description } } == ["2026-03-05", "2026-04-01"])
        #expect(parsed.projects.map { $0.plannedEnd.map { CalendarDay(date: $0).description } } == ["2026-12-31", "2027-01-15"])
    }

    @Test("a day that is not one is refused naming its row and column; the good row alone is not enough to write")
    func badDate() throws {
        let table = try TabularData(xlsx: try Self.fixture("projects-bad-date.xlsx"))
        let parsed = try ProjectTableReader(context: Self.projectContext).read(table)
        #expect(
            parsed.problems.map(\.description) == [
                #"row 3, column planned_start: "2026-02-30" is not a day such as 2026-03-05 or 2026/3/5 in the years 1949–2100"#
            ])
        #expect(parsed.rejectedRows == 1)
    }

    @Test("an indicator workbook with Chinese headers, an indicator named in Chinese")
    func values() throws {
        let reader = IndicatorValueReader(
            context: ValueImportContext(regionCodes: ["A", "B"], framework: Self.framework, currentYear: 2026, defaultSource: "f.xlsx"))
        let parsed = try reader.read(TabularData(xlsx: try Self.fixture("values-zh.xlsx")))
        #expect(parsed.problems.isEmpty)
        #expect(
            parsed.values == [
                IndicatorValueCandidate(region: "A", indicator: "I1", period: 2025, value: 80.5, source: "普查"),
                IndicatorValueCandidate(region: "B", indicator: "I2", period: 2025, value: 3, source: "住建局"),
            ])
    }

    @Test("a sensor workbook with Chinese headers and quantity labels imports, its JSON rule cell intact; the file name need not say .xlsx")
    func sensors() throws {
        let read = try LifelineSensorTableReader().read(try Self.fixture("sensors-zh.xlsx"), fileName: "upload")
        let rule = #"[{"kind":"threshold","direction":"above","limits":{"4":10,"3":20,"2":25,"1":50},"hysteresis":2}]"#
        #expect(
            read.sensors == [
                LifelineSensor(
                    code: "GAS-01", quantity: .gasConcentration, unit: "%LEL", asset: "GAS-MAIN-1",
                    rules: try JSONDecoder().decode([SensorRule].self, from: Data(rule.utf8))),
                LifelineSensor(code: "PRESS-01", quantity: .pressure, unit: "MPa", asset: "GAS-MAIN-1", rules: []),
            ])
        #expect(read.labels == ["row 2: ", "row 3: "])
    }

    @Test("a sensor workbook with an unknown quantity is refused naming its row and column, and nothing is returned")
    func sensorRefused() throws {
        let error = #expect(throws: OasisError.self) {
            try LifelineSensorTableReader().read(try Self.fixture("sensors-bad.xlsx"), fileName: "s.xlsx")
        }
        #expect(error?.details.count == 1)
        #expect(error?.details.first?.row == 4)
        #expect(error?.details.first?.line == nil)
        #expect(error?.details.first?.column == "quantity")
        #expect(error?.details.first?.reason.hasPrefix("\"湿度\": one of gas_concentration") == true)
    }

    /// The workbook with `date1904="true"` in its workbook properties (as an old Mac workbook has).
    static func withDate1904(_ bytes: [UInt8]) throws -> [UInt8] {
        let source = try Archive(data: Data(bytes), accessMode: .read)
        var parts: [(String, Data)] = []
        for entry in source {
            var data = Data()
            _ = try source.extract(entry) { data.append($0) }
            if entry.path == "xl/workbook.xml" {
                data = Data(String(decoding: data, as: UTF8.self).replacingOccurrences(of: "date1904=\"false\"", with: "date1904=\"true\"").utf8)
            }
            parts.append((entry.path, data))
        }
        return try XLSXFixture.zip(parts)
    }
}
