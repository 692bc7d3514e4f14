import Foundation
import OasisImport
import Testing

@Suite("XLSX errors")
struct XLSXErrorTests {
    func error(opening bytes: [UInt8], limits: XLSXLimits = .standard) -> XLSXError? {
        #expect(throws: XLSXError.self) { try XLSXWorkbook(data: bytes, limits: limits) }
    }

    func error(reading rowsXML: String, sharedStrings: String? = nil, limits: XLSXLimits = .standard) throws -> XLSXError? {
        let workbook = try XLSXWorkbook(data: XLSXFixture.workbook(rows: rowsXML, sharedStrings: sharedStrings), limits: limits)
        return #expect(throws: XLSXError.self) { try workbook.rows() }
    }

    @Test("an error cell names the error, the sheet and the cell")
    func errorCell() throws {
        let error = try error(
            reading: """
                <row r="6"><c r="C6"><v>0</v></c></row>\
                <row r="7"><c r="A7"><v>1</v></c><c r="C7" t="e"><f>A7/C6</f><v>#DIV/0!</v></c></row>
                """)
        #expect(error?.sheet == "Sheet1")
        #expect(error?.cell == "C7")
        #expect(error?.reason == "Excel error #DIV/0!")
        #expect(error?.description == "Excel error #DIV/0! in Sheet1!C7")
    }

    @Test("a sheet name with spaces is quoted as Excel quotes it")
    func quotedSheetName() throws {
        let data = try XLSXFixture.workbook([
            XLSXFixture.Sheet(
                name: "Bob's data", part: "worksheets/sheet1.xml",
                rows: "<row r=\"2\"><c r=\"B2\" t=\"e\"><v>#N/A</v></c></row>")
        ])
        let error = #expect(throws: XLSXError.self) { try XLSXWorkbook(data: data).rows() }
        #expect(error?.description == "Excel error #N/A in 'Bob''s data'!B2")
    }

    @Test("a file that is not a ZIP archive")
    func notZIP() {
        let error = error(opening: Array("Region,Value\nXJ,1\n".utf8))
        #expect(error?.reason == "not an .xlsx file: it is not a ZIP archive, as every .xlsx file is")
        #expect(self.error(opening: [])?.reason == "not an .xlsx file: the file is empty")
    }

    @Test("an old .xls (or encrypted) workbook")
    func oleFile() {
        let error = error(opening: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 600))
        #expect(error?.reason.hasPrefix("not an .xlsx file: it is an old-style .xls workbook") == true)
    }

    @Test("a ZIP archive without a workbook, and one without [Content_Types].xml")
    func zipWithoutWorkbook() throws {
        let document = try XLSXFixture.zip([
            ("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
            ("word/document.xml", "<document/>"),
        ])
        #expect(error(opening: document)?.reason == "not an .xlsx file: it has no workbook part xl/workbook.xml (it is a Word document)")
        let plain = try XLSXFixture.zip([("readme.txt", "hello"), ("xl/workbook.xml", "<workbook/>")])
        #expect(
            error(opening: plain)?.reason
                == "not an .xlsx file: the ZIP archive has no [Content_Types].xml, so it is not an Office document")
    }

    @Test("a truncated file, cut anywhere", arguments: [0.1, 0.5, 0.9, 0.999])
    func truncated(fraction: Double) throws {
        let bytes = try XLSXFixture.workbook(rows: "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>")
        let cut = Array(bytes.prefix(Int(Double(bytes.count) * fraction)))
        let error = error(opening: cut)
        #expect(error?.reason.hasPrefix("the .xlsx file is truncated or damaged") == true)
    }

    @Test("a part whose bytes were altered fails its checksum")
    func damagedPart() throws {
        let parts = try ZIPParts.read(XLSXFixture.workbook(rows: "<row r=\"1\"><c r=\"A1\"><v>12345</v></c></row>"))
        var bytes = try XLSXFixture.zip(parts, compressed: false)
        let needle = Array("12345".utf8)
        let at = try #require((0..<(bytes.count - needle.count)).first { Array(bytes[$0..<($0 + needle.count)]) == needle })
        bytes[at] = UInt8(ascii: "9")
        let workbook = try XLSXWorkbook(data: bytes)
        let error = #expect(throws: XLSXError.self) { try workbook.rows() }
        #expect(error?.reason == "the .xlsx file is damaged: the part xl/worksheets/sheet1.xml fails its checksum")
        #expect(error?.sheet == "Sheet1")
    }

    @Test("malformed XML names the part")
    func malformedXML() throws {
        let data = try XLSXFixture.zip([
            ("[Content_Types].xml", "<Types/>"),
            (
                "xl/workbook.xml",
                "<workbook xmlns:r=\"\(XLSXFixture.relationshipNamespace)\"><sheets><sheet name=\"S\" r:id=\"rId1\"/></sheets></workbook>"
            ),
            (
                "xl/_rels/workbook.xml.rels",
                "<Relationships><Relationship Id=\"rId1\" Type=\"x/worksheet\" Target=\"worksheets/s.xml\"/></Relationships>"
            ),
            ("xl/worksheets/s.xml", "<worksheet>\n<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></row></sheetData></worksheet>"),
        ])
        let error = #expect(throws: XLSXError.self) { try XLSXWorkbook(data: data).rows() }
        #expect(error?.reason.hasPrefix("malformed XML in part xl/worksheets/s.xml at line 2") == true)
        #expect(error?.reason.hasSuffix(": an opening and a closing tag do not match") == true)
        #expect(error?.sheet == "S")

        let badWorkbook = try XLSXFixture.zip([("[Content_Types].xml", "<Types/>"), ("xl/workbook.xml", "<workbook><sheets>")])
        #expect(
            self.error(opening: badWorkbook)?.reason
                == "malformed XML in part xl/workbook.xml at line 1, column 19: the document does not end properly: an element is left open, or content follows its end"
        )
        let emptyWorkbook = try XLSXFixture.zip([("[Content_Types].xml", "<Types/>"), ("xl/workbook.xml", "")])
        #expect(self.error(opening: emptyWorkbook)?.reason == "malformed XML in part xl/workbook.xml: the part is empty")
    }

    @Test("a DTD is refused (no entity expansion)")
    func documentType() throws {
        let rows = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&lol;</t></is></c></row>"
        var parts = try ZIPParts.read(XLSXFixture.workbook(rows: rows))
        let index = try #require(parts.firstIndex { $0.0 == "xl/worksheets/sheet1.xml" })
        let xml = String(decoding: parts[index].1, as: UTF8.self)
            .replacingOccurrences(of: "?>\n", with: "?>\n<!-- c --><!DOCTYPE worksheet [<!ENTITY lol \"lol\">]>\n")
        parts[index].1 = Data(xml.utf8)
        let workbook = try XLSXWorkbook(data: XLSXFixture.zip(parts))
        let error = #expect(throws: XLSXError.self) { try workbook.rows() }
        #expect(error?.reason == "the part xl/worksheets/sheet1.xml declares a DTD, which .xlsx files never do; refused")
    }

    @Test("rows beyond 1,048,576 and columns beyond XFD are refused")
    func beyondLimits() throws {
        let row = try error(reading: "<row r=\"1048577\"><c r=\"A1048577\"><v>1</v></c></row>")
        #expect(row?.reason == "row 1048577 is beyond Excel's last row, 1048576")
        let column = try error(reading: "<row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>")
        #expect(column?.reason == "column XFE is beyond Excel's last column, XFD")
        #expect(column?.cell == "XFE1")
        let implicit = try error(reading: "<row r=\"1048576\"><c r=\"A1048576\"><v>1</v></c></row><row><c><v>2</v></c></row>")
        #expect(implicit?.reason == "row 1048577 is beyond Excel's last row, 1048576")
    }

    @Test("cells that cannot be read name the cell")
    func badCells() throws {
        #expect(
            try error(reading: "<row r=\"2\"><c r=\"B2\" t=\"s\"><v>5</v></c></row>", sharedStrings: "<si><t>only</t></si>")?.description
                == "shared string “5” does not exist (the file has 1) in Sheet1!B2")
        #expect(
            try error(reading: "<row r=\"1\"><c r=\"A1\"><v>abc</v></c></row>")?.description
                == "“abc” is stored as a number but is not one in Sheet1!A1")
        #expect(try error(reading: "<row r=\"1\"><c r=\"A1\" t=\"b\"><v>2</v></c></row>")?.cell == "A1")
        #expect(try error(reading: "<row r=\"1\"><c r=\"A1\" t=\"zz\"><v>2</v></c></row>")?.reason == "unknown cell type “zz”")
        #expect(try error(reading: "<row r=\"1\"><c r=\"1A\"><v>2</v></c></row>")?.reason == "“1A” is not a cell reference")
    }

    @Test("rows and cells out of order are refused, as Excel refuses them")
    func outOfOrder() throws {
        #expect(
            try error(reading: "<row r=\"5\"><c r=\"A5\"><v>1</v></c></row><row r=\"3\"><c r=\"A3\"><v>1</v></c></row>")?.reason
                == "row 3 comes after row 5; rows must be in ascending order")
        #expect(try error(reading: "<row r=\"1\"><c r=\"C1\"><v>1</v></c><c r=\"B1\"><v>1</v></c></row>")?.cell == "B1")
    }

    @Test("a sheet whose part is missing")
    func missingSheetPart() throws {
        var parts = try ZIPParts.read(XLSXFixture.workbook(rows: ""))
        parts.removeAll { $0.0 == "xl/worksheets/sheet1.xml" }
        let error = error(opening: try XLSXFixture.zip(parts))
        #expect(error?.description == "the .xlsx file is missing the sheet's part xl/worksheets/sheet1.xml (sheet Sheet1)")
    }

    @Test("ZIP-bomb guards: a part over the size limit, a sheet over the cell limit")
    func bombGuards() throws {
        let big = String(repeating: "<row><c><v>1</v></c></row>", count: 50_000)
        let data = try XLSXFixture.workbook(rows: big)
        let workbook = try XLSXWorkbook(data: data, limits: XLSXLimits(maximumPartBytes: 1024 * 1024))
        let error = #expect(throws: XLSXError.self) { try workbook.rows() }
        #expect(error?.reason == "the part xl/worksheets/sheet1.xml is larger than 1 MiB uncompressed; refused as a possible ZIP bomb")
        #expect(data.count < 100_000)

        let cells = try self.error(reading: big, limits: XLSXLimits(maximumCells: 49_999))
        #expect(cells?.reason == "the sheet has more than 49999 cells; refused")
        // Blanks padded before a far-right cell count too: 3 rows × 16,384 columns.
        let wide = try self.error(
            reading: (1...3).map { "<row r=\"\($0)\"><c r=\"XFD\($0)\"><v>1</v></c></row>" }.joined(),
            limits: XLSXLimits(maximumCells: 40_000))
        #expect(wide?.reason == "the sheet has more than 40000 cells; refused")
        // A shared-string table longer than any sheet within the limits could use.
        let strings = (0..<5).map { "<si><t>s\($0)</t></si>" }.joined()
        let table = self.error(opening: try XLSXFixture.workbook(rows: "", sharedStrings: strings), limits: XLSXLimits(maximumCells: 4))
        #expect(table?.reason == "the shared-string table xl/sharedStrings.xml holds more than 4 strings; refused")
        #expect(XLSXLimits.standard == XLSXLimits(maximumPartBytes: 536_870_912, maximumCells: 10_000_000))
    }
}
