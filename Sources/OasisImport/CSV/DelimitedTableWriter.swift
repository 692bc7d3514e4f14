import Foundation

/// Writes a table as CSV (UTF-8 with a byte-order mark, so that Excel shows Chinese text, CRLF line ends) or as
/// XLSX: the one writer behind every table export.
public enum DelimitedTableWriter {
    public static func csv(header: [String], rows: [[String]]) -> [UInt8] {
        var text = "\u{FEFF}" + header.map(quoted).joined(separator: ",") + "\r\n"
        for row in rows {
            text += row.map(quoted).joined(separator: ",") + "\r\n"
        }
        return Array(text.utf8)
    }

    /// Cells whose column is numeric and whose text reads as a number are written as numbers.
    public static func xlsx(sheetName: String, header: [String], rows: [[String]], numericColumns: Set<Int>) throws -> [UInt8] {
        var cells: [[XLSXWriter.Cell]] = [header.map { .text($0) }]
        for row in rows {
            cells.append(
                row.enumerated().map { index, field in
                    if numericColumns.contains(index), let number = Double(field) { return .number(number) }
                    return .text(field)
                })
        }
        return try XLSXWriter(sheetName: sheetName).workbook(rows: cells)
    }

    static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
