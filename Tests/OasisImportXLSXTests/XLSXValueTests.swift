import OasisImport
import Testing

@Suite("XLSX cell values")
struct XLSXValueTests {
    func rows(_ rowsXML: String, sharedStrings: String? = nil) throws -> [XLSXRow] {
        try XLSXWorkbook(data: XLSXFixture.workbook(rows: rowsXML, sharedStrings: sharedStrings)).rows()
    }

    @Test("shared strings, with rich-text runs joined, phonetic guides left out, entities, spaces and _xHHHH_ escapes")
    func sharedStrings() throws {
        let table = """
            <si><t>Region</t></si>\
            <si><r><rPr><b/></rPr><t>Water </t></r><r><t xml:space="preserve">use &amp; </t></r><r><t>quality</t></r></si>\
            <si><t xml:space="preserve">  padded  </t></si>\
            <si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>\
            <si><t>line one_x000D_
            line two</t></si>\
            <si><t/></si>
            """
        let result = try rows(
            """
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>\
            <row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2" t="s"><v>4</v></c><c r="C2" t="s"><v>5</v></c></row>
            """, sharedStrings: table)
        #expect(
            result == [
                XLSXRow(number: 1, cells: ["Region", "Water use & quality", "  padded  "]),
                XLSXRow(number: 2, cells: ["東京", "line one\r\nline two"]),
            ])
    }

    @Test("inline strings, plain and rich")
    func inlineStrings() throws {
        let result = try rows(
            """
            <row r="1"><c r="A1" t="inlineStr"><is><t>Indicator</t></is></c>\
            <c r="B1" t="inlineStr"><is><r><t>Per </t></r><r><rPr><i/></rPr><t>capita</t></r></is></c>\
            <c r="C1" t="inlineStr"><is><t>&lt;5 &quot;km&quot;</t></is></c></row>
            """)
        #expect(result == [XLSXRow(number: 1, cells: ["Indicator", "Per capita", "<5 \"km\""])])
    }

    @Test(
        "numbers: shortest round-trip form, whole numbers without .0, no exponents, dates left as serials",
        arguments: [
            ("95.760000000000005", "95.76"),
            ("0.30000000000000004", "0.30000000000000004"),
            ("0.1", "0.1"),
            ("42", "42"),
            ("42.0", "42"),
            ("-17", "-17"),
            ("-0", "0"),
            ("0", "0"),
            ("1E-3", "0.001"),
            ("1.5E-05", "0.000015"),
            ("-2.5E-7", "-0.00000025"),
            ("1.2345678901234567E+19", "12345678901234567000"),
            ("1E+16", "10000000000000000"),
            ("123456789012345678", "123456789012345680"),
            ("3.0000000000000004", "3.0000000000000004"),
            ("45292", "45292"),
            ("45292.5", "45292.5"),
            ("1e300", "1e+300"),
        ])
    func numbers(stored: String, shown: String) throws {
        let result = try rows("<row r=\"1\"><c r=\"A1\"><v>\(stored)</v></c><c r=\"B1\" t=\"n\" s=\"3\"><v>\(stored)</v></c></row>")
        #expect(result == [XLSXRow(number: 1, cells: [shown, shown])])
    }

    @Test("booleans become TRUE and FALSE")
    func booleans() throws {
        let result = try rows("<row r=\"1\"><c r=\"A1\" t=\"b\"><v>1</v></c><c r=\"B1\" t=\"b\"><v>0</v></c></row>")
        #expect(result == [XLSXRow(number: 1, cells: ["TRUE", "FALSE"])])
    }

    @Test("formulas give their cached value; one without a cached value is blank")
    func formulas() throws {
        let result = try rows(
            """
            <row r="1"><c r="A1"><v>2</v></c><c r="B1"><v>3</v></c>\
            <c r="C1"><f>A1*B1+0.1</f><v>6.0999999999999996</v></c>\
            <c r="D1" t="str"><f>CONCAT("a","b")</f><v>ab</v></c>\
            <c r="E1" t="b"><f>A1&lt;B1</f><v>1</v></c>\
            <c r="F1"><f>A1/B1</f></c>\
            <c r="G1" t="str"><f>""</f><v></v></c></row>\
            <row r="2"><c r="A2"><f t="shared" ref="A2:A3" si="0">A1+1</f><v>3</v></c></row>\
            <row r="3"><c r="A3"><f t="shared" si="0"/><v>4</v></c></row>
            """)
        #expect(
            result == [
                XLSXRow(number: 1, cells: ["2", "3", "6.1", "ab", "TRUE"]),
                XLSXRow(number: 2, cells: ["3"]),
                XLSXRow(number: 3, cells: ["4"]),
            ])
    }

    @Test("sparse rows and cells: r references place cells, AA is column 27, blanks padded, trailing blanks trimmed, empty rows left out")
    func sparse() throws {
        let result = try rows(
            """
            <row r="2" spans="1:5"><c r="B2" t="inlineStr"><is><t>b</t></is></c><c r="D2"><v>4</v></c>\
            <c r="E2" s="1"/><c r="F2" t="inlineStr"><is><t></t></is></c></row>\
            <row r="3" spans="1:1" ht="20" customHeight="1"><c r="A3" s="2"/></row>\
            <row r="7"><c r="C7"><v>1</v></c><c r="AA7"><v>27</v></c></row>\
            <row r="1048576"><c r="XFD1048576"><v>9</v></c></row>
            """)
        #expect(result.map(\.number) == [2, 7, 1_048_576])
        #expect(result[0].cells == ["", "b", "", "4"])
        #expect(result[1].cells.count == 27)
        #expect(result[1][column: 2] == "1")
        #expect(result[1][column: 26] == "27")
        #expect(result[1][column: 27] == "")
        #expect(result[1].cells.filter { !$0.isEmpty } == ["1", "27"])
        #expect(result[2].cells.count == 16_384)
        #expect(result[2].cells.last == "9")
    }

    @Test("rows and cells without r references follow on from the previous ones")
    func implicitReferences() throws {
        let result = try rows(
            """
            <row><c><v>1</v></c><c><v>2</v></c></row>\
            <row r="4"><c r="B4"><v>3</v></c><c><v>4</v></c></row>\
            <row><c r="C9"><v>5</v></c></row>\
            <row><c><v>6</v></c></row>
            """)
        #expect(
            result == [
                XLSXRow(number: 1, cells: ["1", "2"]),
                XLSXRow(number: 4, cells: ["", "3", "4"]),
                XLSXRow(number: 9, cells: ["", "", "5"]),
                XLSXRow(number: 10, cells: ["6"]),
            ])
    }

    @Test("ISO dates (t=\"d\") and strings are kept as written")
    func isoDates() throws {
        let result = try rows("<row r=\"1\"><c r=\"A1\" t=\"d\"><v>2024-01-31T00:00:00</v></c></row>")
        #expect(result == [XLSXRow(number: 1, cells: ["2024-01-31T00:00:00"])])
    }
}
