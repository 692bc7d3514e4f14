import OasisCore
import OasisImport
import Testing

@Suite("Large value files: parsed and validated in two halves, with the same results and places")
struct LargeFileTests {
    @Test("a 250,000-row file parses and validates in parallel halves; a conflict across the halves names both lines")
    func largeFile() throws {
        var csv = "region,indicator,period,value,source\n"
        let regions = (0..<2_500).map { "99\(1000 + $0)" }
        var rows = 0
        for period in 2005...2024 {
            for region in regions {
                for indicator in ["I1", "I2", "I3", "I4", "I5"] where rows < 249_999 {
                    csv += "\(region),\(indicator),\(period),\(rows % 97),\"note, \(rows)\"\n"
                    rows += 1
                }
            }
        }
        // The last line repeats the first value's key with another value: a conflict across the halves.
        csv += "991000,I1,2005,12,late\n"
        let bytes = Array(csv.utf8)
        #expect(bytes.count > 4 << 20)
        let table = try CSVParser().parse(bytes)
        #expect(table.records.count == 250_000)
        #expect(table.records[0].line == 2)
        #expect(table.records[249_999].line == 250_001)
        #expect(table.records[180_000].fields[4] == "note, 180000")
        let reader = IndicatorValueReader(
            context: ValueImportContext(
                regionCodes: Set(regions), framework: HandWorkedExample.framework, currentYear: 2026, defaultSource: "big.csv"
            ))
        let parsed = try reader.read(TabularData(csv: table))
        #expect(parsed.values.count == 249_999)
        #expect(parsed.problems.map(\.description) == ["line 250001, column value: conflicts with line 2: 991000 I1 2005 is 0.0 there and 12.0 here"])
        #expect(parsed.rejectedRows == 1)
        // Values come back in storage-key order.
        #expect(parsed.values.first?.region == "991000" && parsed.values.first?.indicator == "I1" && parsed.values.first?.period == 2005)
    }
}
