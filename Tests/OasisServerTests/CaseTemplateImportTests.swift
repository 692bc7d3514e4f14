import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import OasisCore
import OasisImport
import OasisServer
import OasisServices
import OasisStore
import OasisTestSupport
import Testing

@Suite("The case template: generated from the taxonomy in use, filled in an office suite, imported without a mapping file")
struct CaseTemplateImportTests {
    /// `Tests/OasisImportXLSXTests/Fixtures/cases-template.xlsx`, written by LibreOffice Calc from the template's headers.
    static func workbook() throws -> [UInt8] {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("OasisImportXLSXTests/Fixtures/cases-template.xlsx")
        return Array(try Data(contentsOf: file))
    }

    @Test(
        "typed date-times in China Standard Time, a day alone as its midnight, a category by code or by name; refused rows named by row and column",
        arguments: TestStoreKind.available)
    func officeSuiteWorkbook(kind: TestStoreKind) async throws {
        try await Harness.run(kind) { app in
            let service = CaseService(store: app.store)
            let bytes = try Self.workbook()
            // Rows 4 and 5 are bad: nothing is written, and each problem names its Excel row and the template's column.
            let refusal = await #expect(throws: OasisError.self) {
                try await service.importHistorical(file: bytes, mapping: nil, fileName: "cases.xlsx", acceptValid: false, by: .system)
            }
            let details = refusal?.details ?? []
            #expect(details.count == 2, "\(details)")
            #expect(
                details.contains { $0.row == 4 && $0.line == nil && $0.column == "办结时间 (closed_at)" && $0.reason.contains("before it was created") })
            #expect(details.contains { $0.row == 5 && $0.column == "案件类别 (category)" && $0.reason.contains("不存在的类别") })
            #expect(try await app.store.cases.list(CaseQuery(), for: .system).items.isEmpty)

            let outcome = try await service.importHistorical(file: bytes, mapping: nil, fileName: "cases.xlsx", acceptValid: true, by: .system)
            #expect(outcome.rows == 4 && outcome.written == 2 && outcome.rejected == 2)
            #expect(outcome.problems.map(\.row) == [4, 5])
            let cases = try await app.store.cases.list(CaseQuery(), for: .system).items
            let byID = Dictionary(uniqueKeysWithValues: cases.compactMap { item in item.externalID.map { ($0, item) } })
            let utc = ISO8601DateFormatter()
            // 13:40 and 17:05 on 5 March in Urumqi, China Standard Time (UTC+8).
            #expect(byID["K1"]?.registeredAt == utc.date(from: "2026-03-05T05:40:00Z"))
            #expect(byID["K1"]?.closedAt == utc.date(from: "2026-03-05T09:05:00Z"))
            #expect(byID["K1"]?.category == "C0101" && byID["K1"]?.channel == "phone" && byID["K1"]?.region == "650102")
            // A day alone: midnight of 7 March in China Standard Time; 暴露垃圾 is the taxonomy's E0101.
            #expect(byID["K2"]?.registeredAt == utc.date(from: "2026-03-06T16:00:00Z"))
            #expect(byID["K2"]?.category == "E0101" && byID["K2"]?.closedAt == nil && byID["K2"]?.channel == "web")
        }
    }

    @Test(
        "a cell holding a line break (a description of two lines) does not shift the rows the problems name",
        arguments: TestStoreKind.available)
    func multiLineCell(kind: TestStoreKind) async throws {
        try await Harness.run(kind) { app in
            let template = ImportTemplate(kind: .cases, regions: [], indicators: [], language: .zhHans)
            func row(_ id: String, _ category: String, _ description: String) -> [XLSXWriter.Cell] {
                [.text(id), .text("2026-03-05 13:40"), .text(""), .text(category), .text("phone"), .text(description)]
            }
            // Rows 2–4: a two-line description in row 2, an unknown category in row 4.
            let bytes = try template.workbook(filledWith: [
                row("M1", "C0101", "井盖缺失\n行人易跌倒"), row("M2", "C0101", "井盖破损"), row("M3", "不存在的类别", "其他"),
            ])
            let refusal = await #expect(throws: OasisError.self) {
                try await CaseService(store: app.store).importHistorical(
                    file: bytes, mapping: nil, fileName: "cases.xlsx", acceptValid: false, by: .system)
            }
            #expect(refusal?.details.map(\.row) == [4], "\(refusal?.details ?? [])")
        }
    }

    @Test("a dispatcher's hotline page links the case template, which the API gives in the request's language; an analyst may not have it")
    func download() async throws {
        try await Harness.run(.sqlite) { app in
            let page = try await app.request(.get, "/hotline?lang=en", headers: [.authorization: "Bearer \(app.adminToken)", .accept: "text/html"])
            #expect(page.text.contains("href=\"/api/v1/imports/templates/cases.xlsx?lang=en\" download id=\"cases-template\""))
            let template = try await app.request(
                .get, "/api/v1/imports/templates/cases.xlsx", token: app.adminToken, headers: [.acceptLanguage: "en"])
            #expect(template.status == .ok)
            let workbook = try XLSXWorkbook(data: Array(template.body.readableBytesView))
            #expect(workbook.sheetNames == ["Data", "Instructions", "Codes"])
            #expect(
                try workbook.rows(sheet: "Codes").dropFirst().contains { $0.cells.first == "C0101" && $0.cells.dropFirst().first == "Manhole cover" })
            #expect(try await app.request(.get, "/api/v1/imports/templates/cases.xlsx", token: app.analystToken).status == .forbidden)
        }
    }

    @Test("the template lists the taxonomy's leaf categories with their names and styles its time columns as date-times")
    func template() throws {
        let taxonomy = CaseTaxonomy.builtIn
        let categories = taxonomy.categories.filter { taxonomy.leafCategoryCodes.contains($0.code) }.map {
            ImportTemplateChoice(value: $0.code, meaning: $0.nameZh)
        }
        let template = ImportTemplate(kind: .cases, regions: [], indicators: [], categories: categories, language: .zhHans)
        let workbook = try XLSXWorkbook(data: template.workbook())
        let codes = try workbook.rows(sheet: "代码表")
        #expect(codes.first?.cells.first == "案件类别 (category)")
        #expect(codes.dropFirst().map { $0.cells[0] }.contains("C0101") && codes.dropFirst().contains { $0.cells[1] == "井盖" })
        #expect(codes.count - 1 == taxonomy.leafCategoryCodes.count)
        let sheet = try XLSXParts(template.workbook()).text("xl/worksheets/sheet1.xml")
        #expect(sheet.range(of: #"<col min="2" max="2" width="[0-9.]+" customWidth="1" style="4"/>"#, options: .regularExpression) != nil)
        #expect(sheet.range(of: #"<col min="3" max="3" width="[0-9.]+" customWidth="1" style="4"/>"#, options: .regularExpression) != nil)
        let styles = try XLSXParts(template.workbook()).text("xl/styles.xml")
        #expect(styles.contains("formatCode=\"yyyy-mm-dd hh:mm\""))
    }
}
