import Foundation
import Testing

@Suite("oasis lifeline sensors and their template")
struct LifelineSensorsCLITests {
    /// A workbook LibreOffice Calc wrote (Tests/OasisImportXLSXTests/Fixtures/make-fixtures.sh).
    static func officeWorkbook(_ name: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("OasisImportXLSXTests/Fixtures/\(name)")
    }

    @Test("templates write lifeline-sensors writes the workbook; office workbooks are read, refused by row and column, nothing written")
    func workbookImport() throws {
        let directory = try OasisBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        // The demo's regions, units and lifeline registry (assets KS-GM-01, KS-MH-01, KS-WM-01, KS-BR-01).
        _ = try OasisBinary.run(["serve", "--port", "0", "--log-level", "warning"], timeout: 6, directory: directory)
        let database = directory.appendingPathComponent("oasis-data/oasis.sqlite").path
        let template = directory.appendingPathComponent("sensors.xlsx")
        let written = try OasisBinary.run(["templates", "write", "lifeline-sensors", "--output", template.path, "--database", database])
        #expect(written.status == 0, "\(written.stderr)")
        // The template's lists are checked over the API (LifelineAPITests); here, that a workbook was written.
        let bytes = try Data(contentsOf: template)
        #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]))

        // sensors-zh.xlsx names the asset GAS-MAIN-1, which the demo does not have: refused by its row, nothing written.
        let unknown = try OasisBinary.run(["lifeline", "sensors", "import", Self.officeWorkbook("sensors-zh.xlsx").path, "--database", database])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("row 2: asset"), "\(unknown.stderr)")
        let refused = try OasisBinary.run(["lifeline", "sensors", "import", Self.officeWorkbook("sensors-bad.xlsx").path, "--database", database])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("row 4, column quantity"), "\(refused.stderr)")
        let list = try OasisBinary.run(["lifeline", "sensors", "list", "--json", "--database", database])
        let sensors = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        #expect(sensors.map { $0["code"] as? String ?? "" }.sorted() == ["KS-BD-01", "KS-CH4-01", "KS-WP-01"])
    }
}
