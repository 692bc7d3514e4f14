import OasisCore

/// A worksheet part (`xl/worksheets/sheetN.xml`): frozen header, column widths and styles, cells with inline
/// strings, and drop-down lists, in the element order the schema requires.
enum XLSXSheetPart {
    static func xml(_ sheet: XLSXSheet) -> String {
        var xml = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
            """
        if sheet.freezesHeader {
            xml += """
                <sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>\
                </sheetView></sheetViews>
                """
        }
        xml += columns(sheet)
        xml += "<sheetData>"
        for (rowIndex, row) in sheet.rows.enumerated() {
            xml += "<row r=\"\(rowIndex + 1)\">"
            for (columnIndex, cell) in row.enumerated() {
                xml += self.cell(cell, reference: XLSXWriter.columnName(columnIndex) + String(rowIndex + 1))
            }
            xml += "</row>"
        }
        xml += "</sheetData>"
        if !sheet.validations.isEmpty {
            xml += "<dataValidations count=\"\(sheet.validations.count)\">"
            for validation in sheet.validations {
                xml += "<dataValidation type=\"list\" allowBlank=\"1\" showErrorMessage=\"1\" sqref=\"\(validation.cells)\">"
                xml += "<formula1>\(XMLText.escape(validation.source, quotes: false))</formula1></dataValidation>"
            }
            xml += "</dataValidations>"
        }
        return xml + "</worksheet>"
    }

    static func columns(_ sheet: XLSXSheet) -> String {
        let count = max(sheet.columnWidths.count, (sheet.dateColumns.union(sheet.dateTimeColumns).max() ?? -1) + 1)
        guard count > 0 else { return "" }
        var xml = "<cols>"
        for index in 0..<count {
            let width = index < sheet.columnWidths.count ? sheet.columnWidths[index] : 12
            let dated: XLSXCellStyle? =
                sheet.dateColumns.contains(index) ? .date : sheet.dateTimeColumns.contains(index) ? .dateTime : nil
            let style = dated.map { " style=\"\($0.rawValue)\"" } ?? ""
            xml += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width)\" customWidth=\"1\"\(style)/>"
        }
        return xml + "</cols>"
    }

    static func cell(_ cell: XLSXStyledCell, reference: String) -> String {
        let style = cell.style == .plain ? "" : " s=\"\(cell.style.rawValue)\""
        switch cell.value {
        case .text(let text) where text.isEmpty:
            return cell.style == .plain ? "" : "<c r=\"\(reference)\"\(style)/>"
        case .text(let text):
            return "<c r=\"\(reference)\"\(style) t=\"inlineStr\"><is><t xml:space=\"preserve\">\(XMLText.escape(text))</t></is></c>"
        case .number(let value):
            let written = value.rounded() == value && abs(value) < 1e15 ? String(Int64(value)) : String(value)
            return "<c r=\"\(reference)\"\(style)><v>\(written)</v></c>"
        }
    }
}
