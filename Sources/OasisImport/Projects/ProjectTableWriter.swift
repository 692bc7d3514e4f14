import Foundation
import OasisCore

/// Writes the project library as CSV (UTF-8 with a byte-order mark, so that Excel shows Chinese names) or
/// XLSX, in the columns `ProjectTableReader` reads back.
public enum ProjectTableWriter {
    static let numericColumns: Set<String> = [
        "longitude", "latitude", "budget_fiscal", "budget_special_bonds", "budget_social_capital", "budget_bank_finance", "max_height_m", "task_id",
        "progress",
    ]

    public static func csv(_ projects: [RenewalProject]) -> [UInt8] {
        var text = "\u{FEFF}" + ProjectColumns.all.joined(separator: ",") + "\r\n"
        for project in projects {
            text += ProjectColumns.fields(project).map(quoted).joined(separator: ",") + "\r\n"
        }
        return Array(text.utf8)
    }

    public static func xlsx(_ projects: [RenewalProject]) throws -> [UInt8] {
        var rows: [[XLSXWriter.Cell]] = [ProjectColumns.all.map { .text($0) }]
        for project in projects {
            rows.append(
                zip(ProjectColumns.all, ProjectColumns.fields(project)).map { column, field in
                    if numericColumns.contains(column), let number = Double(field) { return .number(number) }
                    return .text(field)
                })
        }
        return try XLSXWriter(sheetName: "projects").workbook(rows: rows)
    }

    static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
