import Foundation

/// One worksheet to write: its rows from A1 on, and how it looks and checks input.
public struct XLSXSheet: Sendable, Equatable {
    public var name: String
    public var rows: [[XLSXStyledCell]]
    /// Hidden from the tabs (`state="hidden"`).
    public var hidden = false
    /// Column widths in characters, from column A on (missing ones keep the default).
    public var columnWidths: [Double] = []
    /// Columns (0-based) whose empty cells take the date style, so that a day typed there is a date cell.
    public var dateColumns: Set<Int> = []
    /// Columns (0-based) whose empty cells take the date-time style, so that a day and time typed there is a date-time cell.
    public var dateTimeColumns: Set<Int> = []
    /// Drop-down lists.
    public var validations: [XLSXListValidation] = []
    /// Whether the first row stays in view when scrolling.
    public var freezesHeader = false

    public init(name: String, rows: [[XLSXStyledCell]]) {
        self.name = name
        self.rows = rows
    }

    /// `'name'!$A$2:$A$9`: an absolute reference to rows `first…last` of column `column` (0-based) of this sheet.
    public func reference(column: Int, rows first: Int, _ last: Int) -> String {
        let letter = XLSXWriter.columnName(column)
        return "'\(name.replacingOccurrences(of: "'", with: "''"))'!$\(letter)$\(first):$\(letter)$\(last)"
    }
}
