import Foundation
import OasisImport
import Testing

@Suite("XLSX workbook structure")
struct XLSXStructureTests {
    static let twoSheets = [
        XLSXFixture.Sheet(
            name: "Indicators", part: "worksheets/data.xml",
            rows: "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"),
        XLSXFixture.Sheet(
            name: "Project library", part: "worksheets/sheet1.xml",
            rows: "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>1</v></c></row>"),
    ]

    @Test("two sheets mapped to their parts through the workbook relationships, not by part name")
    func twoSheetsThroughRelationships() throws {
        let workbook = try XLSXWorkbook(
            data: XLSXFixture.workbook(
                Self.twoSheets,
                sharedStrings: "<si><t>first</t></si><si><t>second</t></si>"))
        #expect(workbook.sheetNames == ["Indicators", "Project library"])
        #expect(try workbook.rows() == [XLSXRow(number: 1, cells: ["first"])])
        #expect(try workbook.rows(sheet: "Indicators") == [XLSXRow(number: 1, cells: ["first"])])
        #expect(try workbook.rows(sheet: "Project library") == [XLSXRow(number: 1, cells: ["second"])])
        #expect(try workbook.rows(sheet: "PROJECT LIBRARY") == [XLSXRow(number: 1, cells: ["second"])])
        #expect(workbook.usesDate1904 == false)
    }

    @Test("absolute relationship targets, and chart sheets left out of the sheet list")
    func absoluteTargetsAndChartSheets() throws {
        var sheets = Self.twoSheets
        sheets.insert(XLSXFixture.Sheet(name: "Chart", part: "chartsheets/sheet1.xml", rows: "", kind: "chartsheet"), at: 0)
        let workbook = try XLSXWorkbook(
            data: XLSXFixture.workbook(
                sheets, sharedStrings: "<si><t>first</t></si><si><t>second</t></si>",
                absoluteTargets: true))
        #expect(workbook.sheetNames == ["Indicators", "Project library"])
        #expect(try workbook.rows(sheet: "Project library") == [XLSXRow(number: 1, cells: ["second"])])
    }

    @Test("an unknown sheet name is refused with the list of sheets there are")
    func unknownSheet() throws {
        let workbook = try XLSXWorkbook(data: XLSXFixture.workbook(Self.twoSheets, sharedStrings: "<si><t>a</t></si><si><t>b</t></si>"))
        let error = #expect(throws: XLSXError.self) { try workbook.rows(sheet: "Projects") }
        #expect(error?.reason == "there is no sheet named “Projects”; the workbook has “Indicators”, “Project library”")
    }

    @Test("the 1904 date system is reported")
    func date1904() throws {
        let data = try XLSXFixture.workbook(
            [XLSXFixture.Sheet(name: "S", part: "worksheets/sheet1.xml", rows: "")],
            workbookProperties: "<workbookPr date1904=\"1\"/>")
        let workbook = try XLSXWorkbook(data: data)
        #expect(workbook.usesDate1904)
        #expect(try workbook.rows().isEmpty)
    }

    @Test("namespace-prefixed parts as the Open XML SDK writes them (x:worksheet, x:c …)")
    func prefixedElements() throws {
        let main = XLSXFixture.mainNamespace
        let rels = XLSXFixture.relationshipNamespace
        let data = try XLSXFixture.zip([
            ("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
            (
                "_rels/.rels",
                "<Relationships xmlns=\"\(XLSXFixture.packageRelationshipNamespace)\"><Relationship Id=\"R1\" Type=\"\(rels)/officeDocument\" Target=\"/xl/workbook.xml\"/></Relationships>"
            ),
            (
                "xl/workbook.xml",
                "<x:workbook xmlns:x=\"\(main)\" xmlns:r=\"\(rels)\"><x:sheets><x:sheet name=\"Data\" sheetId=\"1\" r:id=\"R5\"/></x:sheets></x:workbook>"
            ),
            (
                "xl/_rels/workbook.xml.rels",
                "<Relationships xmlns=\"\(XLSXFixture.packageRelationshipNamespace)\"><Relationship Id=\"R5\" Type=\"\(rels)/worksheet\" Target=\"/xl/worksheets/sheet.xml\"/><Relationship Id=\"R6\" Type=\"\(rels)/sharedStrings\" Target=\"/xl/sharedStrings.xml\"/></Relationships>"
            ),
            ("xl/sharedStrings.xml", "<x:sst xmlns:x=\"\(main)\"><x:si><x:r><x:t>sha</x:t></x:r><x:r><x:t>red</x:t></x:r></x:si></x:sst>"),
            (
                "xl/worksheets/sheet.xml",
                "<x:worksheet xmlns:x=\"\(main)\"><x:sheetData><x:row r=\"3\"><x:c r=\"B3\" t=\"s\"><x:v>0</x:v></x:c><x:c r=\"C3\" t=\"inlineStr\"><x:is><x:t>in</x:t></x:is></x:c><x:c r=\"D3\"><x:v>1.5</x:v></x:c></x:row></x:sheetData></x:worksheet>"
            ),
        ])
        let workbook = try XLSXWorkbook(data: data)
        #expect(workbook.sheetNames == ["Data"])
        #expect(try workbook.rows() == [XLSXRow(number: 3, cells: ["", "shared", "in", "1.5"])])
    }

    @Test("a stored (uncompressed) archive reads like a deflated one")
    func storedArchive() throws {
        let deflated = try XLSXFixture.workbook(rows: "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>")
        let parts = try ZIPParts.read(deflated)
        let stored = try XLSXFixture.zip(parts, compressed: false)
        #expect(try XLSXWorkbook(data: stored).rows() == [XLSXRow(number: 1, cells: ["1"])])
    }

    @Test("a workbook can be shared across tasks and read concurrently")
    func concurrentReads() async throws {
        let workbook = try XLSXWorkbook(data: XLSXFixture.workbook(Self.twoSheets, sharedStrings: "<si><t>a</t></si><si><t>b</t></si>"))
        let results = try await withThrowingTaskGroup(of: [XLSXRow].self) { group in
            for index in 0..<8 {
                group.addTask { try workbook.rows(sheet: workbook.sheetNames[index % 2]) }
            }
            var all: [[XLSXRow]] = []
            for try await rows in group { all.append(rows) }
            return all
        }
        #expect(results.count == 8)
        #expect(results.allSatisfy { $0 == [XLSXRow(number: 1, cells: ["a"])] || $0 == [XLSXRow(number: 1, cells: ["b"])] })
    }
}
