import Foundation
import Testing

@Suite("oasis templates")
struct TemplatesCLITests {
    @Test("write KIND --output FILE writes an XLSX workbook for each import; an unknown kind exits non-zero naming the kinds")
    func write() throws {
        let directory = try OasisBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = directory.appendingPathComponent("oasis.sqlite").path
        for kind in ["indicator-values", "projects", "cases"] {
            let file = directory.appendingPathComponent("\(kind).xlsx").path
            let written = try OasisBinary.run(["templates", "write", kind, "--output", file, "--lang", "en", "--database", database])
            #expect(written.status == 0, "\(written.stderr)")
            #expect(written.stdout.contains("wrote \(file)"), "\(written.stdout)")
            // A ZIP package: the local file header "PK\u{3}\u{4}".
            let bytes = try Data(contentsOf: URL(fileURLWithPath: file))
            #expect(Array(bytes.prefix(4)) == [0x50, 0x4B, 0x03, 0x04])
        }
        let unknown = try OasisBinary.run(["templates", "write", "complaints", "--output", "x.xlsx", "--database", database])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("indicator-values, projects"), "\(unknown.stderr)")
    }
}
