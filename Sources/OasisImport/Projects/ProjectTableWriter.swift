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
        DelimitedTableWriter.csv(header: ProjectColumns.all, rows: projects.map(ProjectColumns.fields))
    }

    public static func xlsx(_ projects: [RenewalProject]) throws -> [UInt8] {
        let numeric = Set(ProjectColumns.all.indices.filter { numericColumns.contains(ProjectColumns.all[$0]) })
        return try DelimitedTableWriter.xlsx(
            sheetName: "projects", header: ProjectColumns.all, rows: projects.map(ProjectColumns.fields), numericColumns: numeric)
    }
}
