import Foundation
import OasisImport
import Testing

@Suite("XLSX performance")
struct XLSXPerformanceTests {
    // The parse time is printed, not asserted (timing belongs in bench/); the time limit catches only a runaway,
    // such as quadratic work per row, which would take far longer than any loaded machine needs.
    @Test("100,000 rows × 5 columns (shared strings, numbers, formulas) parse with every cell in place", .timeLimit(.minutes(3)))
    func hundredThousandRows() throws {
        var xml = ""
        xml.reserveCapacity(100_000 * 180)
        for row in 1...100_000 {
            xml += "<row r=\"\(row)\" spans=\"1:5\"><c r=\"A\(row)\" t=\"s\"><v>\(row % 100)</v></c><c r=\"B\(row)\"><v>\(row)</v></c>"
            xml += "<c r=\"C\(row)\" s=\"1\"><v>\(row).25</v></c><c r=\"D\(row)\"><f>B\(row)*2</f><v>\(row * 2)</v></c>"
            xml += "<c r=\"E\(row)\" t=\"inlineStr\"><is><t>note \(row)</t></is></c></row>"
        }
        let sharedStrings = (0..<100).map { "<si><t>region \($0)</t></si>" }.joined()
        let data = try XLSXFixture.workbook(rows: xml, sharedStrings: sharedStrings)
        let clock = ContinuousClock()
        var rows: [XLSXRow] = []
        let elapsed = try clock.measure {
            rows = try XLSXWorkbook(data: data).rows()
        }
        print("XLSX: parsed 100,000 × 5 cells (\(data.count) bytes zipped) in \(elapsed)")
        #expect(rows.count == 100_000)
        #expect(rows[41_999] == XLSXRow(number: 42_000, cells: ["region 0", "42000", "42000.25", "84000", "note 42000"]))
    }
}
