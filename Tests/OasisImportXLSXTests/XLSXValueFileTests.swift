import Foundation
import OasisCore
import OasisImport
import Testing

@Suite("Indicator values from XLSX")
struct XLSXValueFileTests {
    static func text(_ reference: String, _ value: String) -> String {
        "<c r=\"\(reference)\" t=\"inlineStr\"><is><t>\(value)</t></is></c>"
    }

    static func number(_ reference: String, _ value: String) -> String { "<c r=\"\(reference)\"><v>\(value)</v></c>" }

    let reader = IndicatorValueReader(
        context: ValueImportContext(
            regionCodes: ["650100", "650200"], framework: .builtIn, currentYear: 2026, defaultSource: "sheet.xlsx"
        ))

    @Test("a wide sheet reads like its CSV; problems name Excel rows")
    func wideSheet() throws {
        let rows = """
            <row r="1">\(Self.text("A1", "region"))\(Self.text("B1", "period"))\(Self.text("C1", "U01 (%)"))\(Self.text("D1", "D01"))</row>\
            <row r="2">\(Self.text("A2", "650100"))\(Self.number("B2", "2025"))\(Self.number("C2", "95.76"))\(Self.number("D2", "3"))</row>\
            <row r="4">\(Self.text("A4", "650200"))\(Self.number("B4", "2025"))\(Self.number("C4", "130"))</row>
            """
        let table = try TabularData(xlsx: try XLSXFixture.workbook(rows: rows))
        let parsed = try reader.read(table)
        #expect(parsed.layout == "wide")
        #expect(parsed.values.map(\.value).sorted() == [3, 95.76])
        #expect(parsed.problems.map(\.description) == ["row 4, column U01 (%): 130 is a percentage outside 0–100"])
    }

    @Test("a file that is not a workbook is refused clearly")
    func notAWorkbook() {
        #expect {
            try TabularData(xlsx: Array("region,period\n".utf8))
        } throws: { ($0 as? OasisError)?.code == "xlsx_invalid" }
    }
}
