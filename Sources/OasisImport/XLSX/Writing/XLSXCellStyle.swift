/// The cell styles Oasis's workbooks use, each the index of its `xf` in the `cellXfs` of `XLSXStylesPart`.
public enum XLSXCellStyle: Int, Sendable, Equatable {
    case plain = 0
    /// A day shown as `yyyy-mm-dd` (custom number format 164), read back as a date by Excel, LibreOffice and Oasis.
    case date = 1
    /// Bold, for header rows.
    case header = 2
    /// A light red fill: a cell an import refused.
    case marked = 3
    /// A day and time shown as `yyyy-mm-dd hh:mm` (custom number format 165), read back as a date-time.
    case dateTime = 4
}
