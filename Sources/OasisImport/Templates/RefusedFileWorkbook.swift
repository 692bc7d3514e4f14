import OasisCore

/// A refused file given back as XLSX: its header and rows as read, each cell the import refused filled light red,
/// and an added last column with the row's messages in the user's language (worded as the import page words them).
/// Problems that name no row of the file (a missing column, an unreadable line) are listed in rows below the data.
public enum RefusedFileWorkbook {
    public static func sheet(
        _ table: TabularData, problems: [OasisError.Detail], language: Language, catalogue: MessageCatalogue = .standard
    ) -> XLSXSheet {
        var rows: [[XLSXStyledCell]] = table.records.map { record in record.fields.map { XLSXStyledCell.text($0) } }
        var messages = Array(repeating: [String](), count: rows.count)
        let index = Dictionary(table.records.enumerated().map { ($1.number, $0) }, uniquingKeysWith: { first, _ in first })
        var unplaced: [String] = []
        for problem in problems {
            let worded = ValueProblemText.localized(problem, in: language, catalogue: catalogue)
            let message = worded.field.map { $0.isEmpty ? worded.reason : "\($0): \(worded.reason)" } ?? worded.reason
            guard let number = problem.line ?? problem.row, let position = index[number] else {
                unplaced.append(message)
                continue
            }
            messages[position].append(message)
            if let column = problem.column, let cell = columnIndex(column, in: table.header) {
                while rows[position].count <= cell { rows[position].append(.text("")) }
                rows[position][cell].style = .marked
            }
        }
        let width = max(table.header.count, rows.map(\.count).max() ?? 0)
        let errorHeader = XLSXStyledCell.text(catalogue.text("import_error_column", language), style: .header)
        var sheetRows = [table.header.map { XLSXStyledCell.text($0, style: .header) } + padding(width - table.header.count) + [errorHeader]]
        for (position, row) in rows.enumerated() {
            let text = messages[position].joined(separator: "\n")
            sheetRows.append(row + padding(width - row.count) + [.text(text, style: text.isEmpty ? .plain : .marked)])
        }
        for message in unplaced { sheetRows.append(padding(width) + [.text(message, style: .marked)]) }
        var sheet = XLSXSheet(name: catalogue.text("template_sheet_data", language), rows: sheetRows)
        sheet.freezesHeader = true
        sheet.columnWidths = Array(repeating: 16, count: width) + [60]
        return sheet
    }

    public static func workbook(
        _ table: TabularData, problems: [OasisError.Detail], language: Language, catalogue: MessageCatalogue = .standard
    ) throws -> [UInt8] {
        try XLSXBookWriter.workbook([sheet(table, problems: problems, language: language, catalogue: catalogue)])
    }

    /// The header cell a problem's column names: its code or Chinese name, or a wide file's indicator column
    /// (`U01 (%)` for `U01`).
    static func columnIndex(_ column: String, in header: [String]) -> Int? {
        header.firstIndex { $0 == column || ImportColumnNames.matches($0, column) }
            ?? header.firstIndex { $0.hasPrefix(column + " ") || $0.hasPrefix(column + "(") || $0.hasPrefix(column + "（") }
    }

    static func padding(_ count: Int) -> [XLSXStyledCell] { Array(repeating: .text(""), count: max(0, count)) }
}
