import OasisCore
import OasisImport
import Testing

@Suite("Indicator value files: every problem at once, with its place")
struct IndicatorValueReaderTests {
    let reader = IndicatorValueReader(
        context: ValueImportContext(
            regionCodes: ["A", "B", "C"], framework: HandWorkedExample.framework, currentYear: 2026, defaultSource: "file.csv"
        ))

    func problems(_ csv: String) throws -> [String] {
        try reader.read(csv: Array(csv.utf8)).problems.map(\.description)
    }

    @Test("a clean long file reads with sources; identical duplicates count once")
    func long() throws {
        let parsed = try reader.read(csv: Array("region,indicator,period,value,source\nA,I1,2025,80.5,survey\nB,I2,2025,3,\nB,I2,2025,3,\n".utf8))
        #expect(parsed.layout == "long")
        #expect(parsed.problems.isEmpty)
        #expect(
            parsed.values == [
                IndicatorValueCandidate(region: "A", indicator: "I1", period: 2025, value: 80.5, source: "survey"),
                IndicatorValueCandidate(region: "B", indicator: "I2", period: 2025, value: 3, source: "file.csv"),
            ])
    }

    @Test("a wide file: one column per indicator, units in the header checked, blanks skipped")
    func wide() throws {
        let parsed = try reader.read(csv: Array("region,period,I1 (%),I2\nA,2025,80,0\nB,2025,,2\n".utf8))
        #expect(parsed.layout == "wide")
        #expect(parsed.problems.isEmpty)
        #expect(parsed.values.count == 3)
        let wrongUnit = try problems("region,period,I1 (km)\nA,2025,80\n")
        #expect(wrongUnit == [#"line 1, column I1 (km): unit "km" does not match indicator I1's unit "%""#])
    }

    @Test("each kind of problem is named by line and column, all in one report")
    func everyProblem() throws {
        let csv = """
            region,indicator,period,value,unit
            Z,I1,2025,50,%
            A,I9,2025,50,
            A,I1,2025,50,km
            A,I1,2025,abc,
            A,I1,2025,120,
            A,I1,2031,50,
            A,I1,20x5,50,
            B,I2,2025,-3,
            C,I1,2025,60,
            C,I1,2025,61,
            C,I1
            """
        let found = try problems(csv)
        let expected = [
            #"line 2, column region: unknown region code "Z""#,
            #"line 3, column indicator: unknown indicator "I9" in framework example 2025"#,
            #"line 4, column unit: unit "km" does not match indicator I1's unit "%""#,
            #"line 5, column value: "abc" is not a number"#,
            "line 6, column value: 120 is a percentage outside 0–100",
            "line 7, column period: period 2031 is in the future (this is 2026)",
            #"line 8, column period: "20x5" is not a year such as 2025"#,
            "line 9, column value: a count (栋) cannot be negative: -3",
            "line 11, column value: conflicts with line 10: C I1 2025 is 60.0 there and 61.0 here",
            "line 12: has 2 fields; the header has 5",
        ]
        #expect(found == expected)
        let parsed = try reader.read(csv: Array(csv.utf8))
        #expect(parsed.rejectedRows == 10)
        #expect(parsed.values.map(\.region) == ["C"])
    }

    @Test("a malformed or truncated file is refused as a whole, naming the line")
    func malformed() {
        #expect {
            try reader.read(csv: Array("region,indicator,period,value\nA,I1,2025,\"50\n".utf8))
        } throws: { ($0 as? OasisError)?.code == "csv_truncated" && ($0 as? OasisError)?.details.first?.line == 2 }
        #expect {
            try reader.read(csv: Array("region,year,val\nA,2025,1\n".utf8))
        } throws: { ($0 as? OasisError)?.code == "value_layout_unknown" }
    }
}
