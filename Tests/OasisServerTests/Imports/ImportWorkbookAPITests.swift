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

@Suite("Import templates, marked refusals and worded import errors over the API")
struct ImportWorkbookAPITests {
    static let xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

    static func post(_ app: Harness, _ uri: String, _ bytes: [UInt8], headers: HTTPFields = [:], contentType: String = xlsx) async throws
        -> TestResponse
    {
        var headers = headers
        headers[.authorization] = "Bearer \(app.analystToken)"
        headers[.contentType] = contentType
        return try await app.client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(bytes: bytes))
    }

    /// The downloaded template with rows typed below its header, as an official fills it in.
    static func filled(_ template: [UInt8], rows: String) throws -> [UInt8] {
        var parts = try XLSXParts(template)
        let sheet = parts.text("xl/worksheets/sheet1.xml")
        let end = try #require(sheet.range(of: "</row>"))
        parts.replace("xl/worksheets/sheet1.xml", with: String(sheet[..<end.upperBound]) + rows + String(sheet[end.upperBound...]))
        return try parts.bytes()
    }

    static func text(_ reference: String, _ text: String) -> String {
        "<c r=\"\(reference)\" t=\"inlineStr\"><is><t>\(text)</t></is></c>"
    }

    @Test("each template downloads in the request's language, and filled in it imports cleanly", arguments: TestStoreKind.available)
    func filledTemplatesImport(kind: TestStoreKind) async throws {
        try await Harness.run(kind) { app in
            let english = try await app.request(
                .get, "/api/v1/imports/templates/indicator-values.xlsx", token: app.analystToken, headers: [.acceptLanguage: "en"])
            #expect(english.status == .ok)
            #expect(english.headers[.contentType] == Self.xlsx)
            #expect(try XLSXWorkbook(data: Array(english.body.readableBytesView)).sheetNames == ["Data", "Instructions", "Codes"])
            let missing = try await app.request(.get, "/api/v1/imports/templates/lifeline.xlsx", token: app.analystToken)
            #expect(missing.status == .notFound)
            let anonymous = try await app.request(.get, "/api/v1/imports/templates/projects.xlsx")
            #expect(anonymous.status == .unauthorized)

            let values = try await app.request(.get, "/api/v1/imports/templates/indicator-values.xlsx", token: app.analystToken)
            let valueTemplate = Array(values.body.readableBytesView)
            let codes = try XLSXWorkbook(data: valueTemplate).rows(sheet: "代码表").dropFirst().map(\.cells)
            #expect(codes.contains { $0.first == "650200" })
            #expect(codes.contains { $0.count > 2 && $0[2] == "U01" })
            let valueRows =
                "<row r=\"2\">" + Self.text("A2", "650200") + Self.text("B2", "U01") + "<c r=\"C2\"><v>2025</v></c><c r=\"D2\"><v>91.5</v></c>"
                + Self.text("E2", "住建局") + "</row>"
            let imported = try await Self.post(
                app, "/api/v1/indicator-values/import?fileName=filled.xlsx", Self.filled(valueTemplate, rows: valueRows))
            #expect(imported.status == .created)
            #expect((try imported.json()["record"] as? [String: Any])?["written"] as? Int == 1)
            let stored = try await app.store.indicatorValues.values(region: "650200", for: .system)
            #expect(stored.contains { $0.indicator == "U01" && $0.period == 2025 && $0.value == 91.5 && $0.source == "住建局" })

            let projects = try await app.request(.get, "/api/v1/imports/templates/projects.xlsx", token: app.analystToken)
            // 2026-03-05 is Excel serial 46086 (days since 1899-12-30), typed into the date-formatted column Q.
            let projectRows =
                "<row r=\"2\">" + Self.text("A2", "T-1") + Self.text("B2", "幸福小区改造") + Self.text("E2", "老旧小区改造")
                + Self.text("F2", "650200") + Self.text("H2", "在建") + "<c r=\"Q2\" s=\"1\"><v>46086</v></c>" + Self.text("T2", "否") + "</row>"
            let saved = try await Self.post(
                app, "/api/v1/projects/import?fileName=projects.xlsx", Self.filled(Array(projects.body.readableBytesView), rows: projectRows))
            #expect(saved.status == .created)
            #expect(try saved.json()["created"] as? Int == 1)
            let project = try #require(try await app.store.projects.list(ProjectQuery(), for: .system).items.first { $0.code == "T-1" })
            #expect(project.type == .oldNeighbourhoodRenovation)
            #expect(project.stage == .underConstruction)
            #expect(project.plannedStart.map { CalendarDay(date: $0).description } == "2026-03-05")
            #expect(project.residential == false)
        }
    }

    static let bad = "region,indicator,period,value\n650100,U01,2025,95\n659999,U01,2025,50\n650100,ZZ9,2025,1\n650200,U01,2025,150\n"

    @Test("a refused CSV comes back with ?marked=1 as XLSX: the import's bad cells filled red, its messages in the added column")
    func markedRefusal() async throws {
        try await Harness.run { app in
            let refused = try await Self.post(
                app, "/api/v1/indicator-values/import", Array(Self.bad.utf8), headers: [.acceptLanguage: "en"], contentType: "text/csv")
            let details = try refused.errorDetails()
            #expect(details.map { $0["line"] as? Int } == [3, 4, 5])
            #expect(details.map { $0["column"] as? String } == ["region", "indicator", "value"])

            let marked = try await Self.post(
                app, "/api/v1/indicator-values/import?marked=1", Array(Self.bad.utf8), headers: [.acceptLanguage: "en"], contentType: "text/csv")
            #expect(marked.status.code == 422)
            #expect(marked.headers[.contentType] == Self.xlsx)
            let bytes = Array(marked.body.readableBytesView)
            let rows = try XLSXWorkbook(data: bytes).rows().map(\.cells)
            #expect(rows.first == ["region", "indicator", "period", "value", "Error"])
            #expect(rows[1] == ["650100", "U01", "2025", "95"])
            // Lines 3, 4 and 5 of the CSV are rows 3, 4 and 5 of the sheet; each message is the import's, placed.
            for detail in details {
                let line = try #require(detail["line"] as? Int)
                let column = try #require(detail["column"] as? String)
                #expect(rows[line - 1].last == "line \(line), column \(column): \(try #require(detail["reason"] as? String))")
            }
            #expect(rows[2].last == "line 3, column region: unknown region code “659999”")
            let sheet = try XLSXParts(bytes).text("xl/worksheets/sheet1.xml")
            #expect(XLSXParts.cells(styled: XLSXCellStyle.marked.rawValue, in: sheet) == ["A3", "E3", "B4", "E4", "D5", "E5"])
            // Nothing was written.
            #expect(try await app.store.indicatorValues.values(region: "650100", for: .system).isEmpty)
        }
    }

    @Test("an API import refusal is worded in zh-Hans with Accept-Language: zh-Hans, in English with en, and as before with neither")
    func refusalLanguage() async throws {
        try await Harness.run { app in
            func refusal(_ headers: HTTPFields) async throws -> (message: String?, reasons: [String]) {
                let response = try await Self.post(
                    app, "/api/v1/indicator-values/import", Array(Self.bad.utf8), headers: headers, contentType: "text/csv")
                #expect(response.status == .badRequest)
                #expect(try response.errorCode() == "value_file_invalid")
                #expect(try response.errorDetails().map { $0["line"] as? Int } == [3, 4, 5])
                let message = (try response.json()["error"] as? [String: Any])?["message"] as? String
                return (message, try response.errorDetails().compactMap { $0["reason"] as? String })
            }
            let chinese = try await refusal([.acceptLanguage: "zh-Hans"])
            #expect(chinese.message == "共 3 处问题，未导入任何数据。请修正后重新导入，或勾选“仅写入有效行”后重新导入。")
            #expect(chinese.reasons.first == "未知的区划代码“659999”")
            #expect(chinese.reasons.last == "150 是百分比，须在 0–100 之间")
            let english = try await refusal([.acceptLanguage: "en"])
            #expect(english.message == "3 problem(s); nothing was imported. Fix them and import again, or import only the valid rows.")
            #expect(english.reasons.first == "unknown region code “659999”")
            let plain = try await refusal([:])
            #expect(plain.reasons.first == "unknown region code \"659999\"")

            let projects = try await Self.post(
                app, "/api/v1/projects/import", Array("code,name_zh,type,region\nP-1,项目,pocket_park,659999\n".utf8),
                headers: [.acceptLanguage: "zh-Hans"], contentType: "text/csv")
            #expect(try projects.errorCode() == "project_file_invalid")
            #expect((try projects.json()["error"] as? [String: Any])?["message"] as? String == "共 1 处问题，未导入任何数据。请修正后重新导入，或勾选“仅写入有效行”后重新导入。")
        }
    }
}
