import Foundation
import Testing

@testable import OasisImport

/// The worksheet scanner against Foundation's XMLParser, the reader it stands in for: on the XML that spreadsheet
/// programs write both give the same rows, and whatever the scanner does not read it hands back to XMLParser.
@Suite("The worksheet scanner reads what XMLParser reads, and hands back what it does not")
struct XLSXSheetScannerTests {
    static let strings = ["区划", "shared & <text>"]

    static func reader() -> XLSXSheetReader {
        XLSXSheetReader(sheet: "Sheet1", sharedStrings: strings, dates: (.none, .from1900), limits: .standard)
    }

    /// The scanner's rows, or nil when it handed the part back.
    static func scanned(_ xml: String) -> [XLSXRow]? {
        var reader = reader()
        guard XLSXSheetScanner.scan(Data(xml.utf8), into: &reader) else { return nil }
        return reader.rows
    }

    static func parsed(_ xml: String) throws -> [XLSXRow] {
        let handler = XLSXPartHandler(reader())
        try XLSXXML.parse(Data(xml.utf8), part: "xl/worksheets/sheet1.xml", sheet: "Sheet1", handler: handler)
        return handler.reader.rows
    }

    static func sheet(_ rows: String, prefix: String = "") -> String {
        let p = prefix.isEmpty ? "" : prefix + ":"
        let namespace = prefix.isEmpty ? "xmlns" : "xmlns:\(prefix)"
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r
            <\(p)worksheet \(namespace)="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><\(p)sheetData>\(rows)</\(p)sheetData></\(p)worksheet>
            """
    }

    @Test(
        "shared and inline strings, entities and character references, CR LF in text, single quotes, comments, self-closing cells, prefixes",
        arguments: [
            sheet(#"<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1"><v>95.5</v></c></row>"#),
            sheet(
                #"<row r='2'><c r='A2' t='inlineStr'><is><t xml:space="preserve">a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos; &#x4E2D;&#25991;</t></is></c></row>"#
            ),
            sheet(
                "<row r=\"3\"><c r=\"B3\" t=\"inlineStr\"><is><t>line one\r\nline two\rthree</t></is></c><c r=\"C3\"/><c r=\"D3\" t=\"b\"><v>1</v></c></row>"
            ),
            sheet(#"<!-- a comment --><row r="4"><c r="A4"><f>SUM(1,2)</f><v>3</v></c><?pi ignored?><c r="B4" t="str"><v>x&#10;y</v></c></row>"#),
            sheet(#"<row r="5"><c r="A5" t="s"><v>0</v></c></row>"#, prefix: "x"),
            sheet(#"<row r="6"  ><c  r = "A6"   t="inlineStr" ><is><r><t>rich </t></r><r><t>text</t></r><rPh><t>ふりがな</t></rPh></is></c></row>"#),
        ])
    func sameRows(xml: String) throws {
        let scanned = try #require(Self.scanned(xml), "the scanner reads this part itself")
        #expect(scanned == (try Self.parsed(xml)))
        #expect(!scanned.isEmpty)
    }

    @Test("a worked example: entities, references and line ends decoded as XML says")
    func workedExample() throws {
        let rows = try #require(
            Self.scanned(
                Self.sheet(
                    "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&lt;a&gt; &amp; &#x4E2D;&#25991;\r\nb</t></is></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>"
                )))
        #expect(rows == [XLSXRow(number: 1, cells: ["<a> & 中文\nb", "shared & <text>"])])
    }

    @Test(
        "malformed or unusual parts are handed to XMLParser",
        arguments: [
            sheet(#"<row r="1"><c r="A1"><v>1</v></row>"#), // a cell left open
            sheet(#"<row r="1"><c r="A1"><v>1</v></c></row><row>"#), // the part ends with an element open
            sheet(#"<row r="1"><c r="A1" t="inlineStr"><is><t>&nbsp;</t></is></c></row>"#), // an undeclared entity
            sheet(#"<row r="1"><c r="A1" t="inlineStr"><is><t>a &amp b</t></is></c></row>"#), // an entity without ;
            sheet(#"<row r="1"><c r=A1><v>1</v></c></row>"#), // an attribute value not in quotes
            sheet(#"<row r="1" r="2"><c r="A1"><v>1</v></c></row>"#), // an attribute twice
            sheet(#"<row r="1"><c r="A1"t="s"><v>0</v></c></row>"#), // no space between attributes
            sheet(#"<row r="1"><c r="A<1"><v>1</v></c></row>"#), // “<” in an attribute value
            sheet(#"<row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[x]]></t></is></c></row>"#), // CDATA
            sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>bell \u{7}</t></is></c></row>"), // a control character
            "<?xml version=\"1.0\" encoding=\"UTF-16\"?><worksheet><sheetData/></worksheet>", // another encoding
            sheet("") + "<worksheet/>", // a second root
        ])
    func handedBack(xml: String) {
        #expect(Self.scanned(xml) == nil)
    }

    @Test("the shared-string table: rich-text runs joined, phonetic guides left out, entities and _xHHHH_ escapes decoded, as XMLParser reads it")
    func sharedStrings() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="4" uniqueCount="4">\
            <si><t>乌鲁木齐市</t></si>\
            <si><r><rPr><b/></rPr><t xml:space="preserve">rich </t></r><r><t>text &amp; more</t></r></si>\
            <si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></si>\
            <si><t>line_x000D_&#10;end</t></si></sst>
            """
        var scanned = XLSXSharedStringsReader(part: "xl/sharedStrings.xml", limits: .standard)
        #expect(XLSXSheetScanner.scan(Data(xml.utf8), into: &scanned))
        let handler = XLSXPartHandler(XLSXSharedStringsReader(part: "xl/sharedStrings.xml", limits: .standard))
        try XLSXXML.parse(Data(xml.utf8), part: "xl/sharedStrings.xml", sheet: nil, handler: handler)
        #expect(scanned.strings == ["乌鲁木齐市", "rich text & more", "東京", "line\r\nend"])
        #expect(scanned.strings == handler.reader.strings)
    }

    @Test("bytes that are not UTF-8 in a value are handed back, not replaced")
    func invalidUTF8() {
        var bytes = Array(Self.sheet(#"<row r="1"><c r="A1" t="inlineStr"><is><t>X</t></is></c></row>"#).utf8)
        let x = bytes.firstIndex(of: UInt8(ascii: "X"))!
        bytes[x] = 0xFF
        var reader = Self.reader()
        #expect(!XLSXSheetScanner.scan(Data(bytes), into: &reader))
    }
}
