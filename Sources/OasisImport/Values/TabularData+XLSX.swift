import OasisCore

extension TabularData {
    /// The first sheet of an XLSX workbook: its first non-empty row is the header; places are Excel rows. Date cells
    /// come as `YYYY-MM-DD` (see `XLSXWorkbook`).
    public init(xlsx bytes: [UInt8]) throws(OasisError) {
        let rows: [XLSXRow]
        let workbook: XLSXWorkbook
        do {
            workbook = try XLSXWorkbook(data: bytes)
            rows = try workbook.rows()
        } catch {
            throw OasisError.invalid(
                code: "xlsx_invalid", message: "The spreadsheet could not be read: \(error.description)",
                details: [.init(column: error.cell, reason: error.reason)])
        }
        guard let header = rows.first else {
            throw OasisError.invalid(code: "xlsx_empty", message: "The first sheet is empty: it needs a header row and at least one data row.")
        }
        let width = header.cells.count
        let records = rows.dropFirst().map { row in
            Record(number: row.number, fields: (0..<max(width, row.cells.count)).map { $0 < row.cells.count ? row.cells[$0] : "" })
        }
        self.init(
            header: header.cells.map { $0.trimmingASCIIWhitespace() }, records: Array(records), place: .row,
            dateSystem: workbook.usesDate1904 ? .from1904 : .from1900)
    }
}
