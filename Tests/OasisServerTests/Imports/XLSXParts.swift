import Foundation
import ZIPFoundation

/// The parts of an XLSX package, read and rewritten as a test fills in a downloaded workbook or inspects its XML.
struct XLSXParts {
    var parts: [(path: String, data: Data)]

    init(_ bytes: [UInt8]) throws {
        let archive = try Archive(data: Data(bytes), accessMode: .read)
        parts = []
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            parts.append((entry.path, data))
        }
    }

    /// A part's text ("" when absent).
    func text(_ path: String) -> String {
        parts.first { $0.path == path }.map { String(decoding: $0.data, as: UTF8.self) } ?? ""
    }

    mutating func replace(_ path: String, with text: String) {
        parts = parts.map { $0.path == path ? ($0.path, Data(text.utf8)) : $0 }
    }

    /// The package written again.
    func bytes() throws -> [UInt8] {
        let archive = try Archive(accessMode: .create)
        for (path, data) in parts {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<min(Int(position) + size, data.count))
            }
        }
        return Array(archive.data ?? Data())
    }

    /// The cells of a worksheet's XML with style `s`, by reference (`A3`).
    static func cells(styled style: Int, in sheet: String) -> Set<String> {
        let pattern = try! NSRegularExpression(pattern: #"<c r="([A-Z]+[0-9]+)" s="\#(style)""#)
        return Set(
            pattern.matches(in: sheet, range: NSRange(sheet.startIndex..., in: sheet)).compactMap { match in
                Range(match.range(at: 1), in: sheet).map { String(sheet[$0]) }
            })
    }

    /// Each list validation's cells and source (`sqref`, `formula1`).
    static func listValidations(in sheet: String) -> [String: String] {
        let pattern = try! NSRegularExpression(pattern: #"<dataValidation type="list"[^>]* sqref="([^"]+)"[^>]*><formula1>([^<]+)</formula1>"#)
        var found: [String: String] = [:]
        for match in pattern.matches(in: sheet, range: NSRange(sheet.startIndex..., in: sheet)) {
            guard let cells = Range(match.range(at: 1), in: sheet), let source = Range(match.range(at: 2), in: sheet) else { continue }
            found[String(sheet[cells])] = String(sheet[source])
        }
        return found
    }
}
