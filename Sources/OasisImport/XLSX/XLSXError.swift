/// Why an .xlsx file, or a part of it, cannot be read, naming the sheet and the cell where there is one.
///
/// ``description`` reads like “Excel error #DIV/0! in Sheet1!C7” or
/// “not an .xlsx file: it is not a ZIP archive”, and is meant to be shown to the person who uploaded the file.
public struct XLSXError: Error, CustomStringConvertible, Sendable, Equatable {
    /// What is wrong, in words for the person who uploaded the file.
    public let reason: String
    /// The sheet concerned, if the problem lies within one sheet.
    public let sheet: String?
    /// The cell concerned in A1 notation (for example “C7”), if the problem lies within one cell.
    public let cell: String?

    /// Creates an error; `sheet` and `cell` are given where the problem can be located.
    public init(reason: String, sheet: String? = nil, cell: String? = nil) {
        self.reason = reason
        self.sheet = sheet
        self.cell = cell
    }

    /// The reason followed by the location in Excel's own notation, for example “… in 'My data'!C7”.
    public var description: String {
        switch (sheet, cell) {
        case (let sheet?, let cell?):
            return "\(reason) in \(XLSXCellReference.quotedSheetName(sheet))!\(cell)"
        case (let sheet?, nil):
            return "\(reason) (sheet \(XLSXCellReference.quotedSheetName(sheet)))"
        case (nil, let cell?):
            return "\(reason) in \(cell)"
        case (nil, nil):
            return reason
        }
    }
}
