/// One row of a worksheet that holds at least one non-blank cell.
public struct XLSXRow: Sendable, Equatable, Hashable {
    /// The row's number as Excel shows it: 1-based, and with gaps where the sheet has blank rows.
    public let number: Int
    /// The cells' values from column A on, one string per column: blank cells are empty strings,
    /// and the row ends at its last non-blank cell.
    ///
    /// Numbers are in their shortest round-tripping decimal form (“95.76”, “42”), dates are Excel serial
    /// numbers (“45292”), booleans are “TRUE” or “FALSE”, and formulas give their cached result.
    public let cells: [String]

    /// Creates a row; `cells` should not end with empty strings.
    public init(number: Int, cells: [String]) {
        self.number = number
        self.cells = cells
    }

    /// The value in the column at the zero-based `index` (0 is column A), or an empty string past the row's end.
    public subscript(column index: Int) -> String {
        index >= 0 && index < cells.count ? cells[index] : ""
    }
}
