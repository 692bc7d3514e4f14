import Foundation

/// The state machine that reads one worksheet part into rows of dense cell values, fed element by element
/// by ``XLSXSheetScanner`` (or, for a part it hands back, ``XLSXPartHandler``).
///
/// It follows `sheetData/row/c`, takes a cell's position from its `r` reference (or, without one, the next
/// column), and its value from `<v>` or, for inline strings, from `<is>`. Formulas (`<f>`) are skipped:
/// their cached result is in `<v>`. It stops at the first cell it cannot read, naming that cell.
///
/// It is a struct apart from the parser delegate so that its many field accesses per element are checked
/// for exclusivity at compile time, rather than at run time as a class's are in debug builds.
struct XLSXSheetReader: XLSXPartReader {
    /// The first problem met; reading stops there.
    private(set) var failure: XLSXError?
    /// The rows that hold at least one non-blank cell, in sheet order.
    private(set) var rows: [XLSXRow] = []

    private let sheet: String
    private let sharedStrings: [String]
    private let dateStyles: XLSXDateStyles
    private let dateSystem: ExcelSerialDate.System
    private let limits: XLSXLimits

    private var inSheetData = false
    private var inRow = false
    private var explicitRowNumber: Int?
    private var rowNumberFromCell: Int?
    private var previousRowNumber = 0
    private var cells: [String] = []
    private var previousColumn = -1

    private var inCell = false
    private var column = 0
    private var cellType: String?
    /// The cell type as one byte: n(umber), s(hared string), i(nline string), f (formula string, `str`),
    /// b(oolean), e(rror), d(ate), or 0 for a type this reader does not know.
    private var cellTypeCode: UInt8 = 0
    /// The cell style's date or time kind (nil for a style that shows no date).
    private var cellDateKind: XLSXDateStyles.Kind?
    private var value = ""
    private var hasValue = false
    private var inInlineString = false
    private var inlineText = ""
    private var phoneticDepth = 0
    /// 0: ignore text; 1: text belongs to `<v>`; 2: text belongs to an inline string's `<t>`.
    private var capture = 0

    private var cellElements = 0
    private var denseCells = 0

    /// Prepares to read the sheet called `sheet`, resolving type `s` cells against `sharedStrings` and numbers in
    /// date-formatted cells to dates.
    init(sheet: String, sharedStrings: [String], dates: (styles: XLSXDateStyles, system: ExcelSerialDate.System), limits: XLSXLimits) {
        self.sheet = sheet
        self.sharedStrings = sharedStrings
        self.dateStyles = dates.styles
        self.dateSystem = dates.system
        self.limits = limits
    }

    // MARK: - Events

    /// Takes the start of an element; returns false once reading has failed.
    ///
    /// Element names are told apart by length and first byte before any string comparison: this runs for
    /// every element of the sheet, and integer switches stay cheap even in debug builds.
    mutating func start(_ name: String, _ attributes: XLSXAttributes) -> Bool {
        let utf8 = name.utf8
        switch (utf8.count, utf8.first ?? 0) {
        case (1, UInt8(ascii: "c")):
            if inRow { startCell(attributes) }
        case (1, UInt8(ascii: "v")):
            if inCell {
                capture = 1
                hasValue = true
            }
        case (1, UInt8(ascii: "t")):
            if inInlineString, phoneticDepth == 0 { capture = 2 }
        case (1, UInt8(ascii: "f")):
            capture = 0
        case (2, UInt8(ascii: "i")) where name == "is":
            if inCell { inInlineString = true }
        case (3, UInt8(ascii: "r")) where name == "row":
            if inSheetData { startRow(attributes) }
        case (3, UInt8(ascii: "r")) where name == "rPh":
            if inCell { phoneticDepth += 1 }
        case (9, UInt8(ascii: "s")) where name == "sheetData":
            inSheetData = true
        default:
            if utf8.contains(UInt8(ascii: ":")) { return start(XLSXXML.localName(name), attributes) }
        }
        return failure == nil
    }

    /// Takes the end of an element; returns false once reading has failed.
    mutating func end(_ name: String) -> Bool {
        let utf8 = name.utf8
        switch (utf8.count, utf8.first ?? 0) {
        case (1, UInt8(ascii: "v")), (1, UInt8(ascii: "t")):
            capture = 0
        case (1, UInt8(ascii: "c")):
            if inCell { endCell() }
        case (1, _):
            break
        case (2, UInt8(ascii: "i")) where name == "is":
            inInlineString = false
        case (3, UInt8(ascii: "r")) where name == "row":
            if inRow { endRow() }
        case (3, UInt8(ascii: "r")) where name == "rPh":
            phoneticDepth -= 1
        case (9, UInt8(ascii: "s")) where name == "sheetData":
            inSheetData = false
        default:
            if utf8.contains(UInt8(ascii: ":")) { return end(XLSXXML.localName(name)) }
        }
        return failure == nil
    }

    /// Whether text met now would be kept (inside a value or an inline string's text): the scanner decodes only that.
    var wantsText: Bool { capture != 0 }

    /// Takes text found by the parser, which counts only within a value or an inline string.
    mutating func characters(_ string: String) {
        switch capture {
        case 1: value += string
        case 2: inlineText += string
        default: break
        }
    }

    // MARK: - Rows

    /// The number of the row being read, as far as it is known yet.
    private var currentRowNumber: Int {
        explicitRowNumber ?? rowNumberFromCell ?? previousRowNumber + 1
    }

    private mutating func startRow(_ attributes: XLSXAttributes) {
        explicitRowNumber = nil
        rowNumberFromCell = nil
        if let text = attributes["r"] {
            guard let number = Int(text), number >= 1 else {
                return fail("the row number “\(text)” is not a positive whole number", cell: nil)
            }
            guard number <= XLSXCellReference.maximumRow else {
                return fail("row \(number) is beyond Excel's last row, 1048576", cell: nil)
            }
            explicitRowNumber = number
        }
        cells = []
        previousColumn = -1
        inRow = true
    }

    private mutating func endRow() {
        inRow = false
        let number = currentRowNumber
        guard number <= XLSXCellReference.maximumRow else {
            return fail("row \(number) is beyond Excel's last row, 1048576", cell: nil)
        }
        guard number > previousRowNumber else {
            return fail("row \(number) comes after row \(previousRowNumber); rows must be in ascending order", cell: nil)
        }
        previousRowNumber = number
        while cells.last?.isEmpty == true { cells.removeLast() }
        guard !cells.isEmpty else { return }
        denseCells += cells.count
        guard denseCells <= limits.maximumCells else { return failTooManyCells() }
        rows.append(XLSXRow(number: number, cells: cells))
    }

    // MARK: - Cells

    private mutating func startCell(_ attributes: XLSXAttributes) {
        cellElements += 1
        guard cellElements <= limits.maximumCells else { return failTooManyCells() }
        if let reference = attributes["r"] {
            guard let parsed = XLSXCellReference.parse(reference) else {
                return fail("“\(reference)” is not a cell reference", cell: nil)
            }
            guard parsed.column <= XLSXCellReference.maximumColumnIndex else {
                return fail(
                    "column \(XLSXCellReference.columnName(parsed.column)) is beyond Excel's last column, XFD",
                    cell: reference)
            }
            if let row = parsed.row {
                guard row <= XLSXCellReference.maximumRow else {
                    return fail("row \(row) is beyond Excel's last row, 1048576", cell: reference)
                }
                if explicitRowNumber == nil, rowNumberFromCell == nil { rowNumberFromCell = row }
            }
            column = parsed.column
        } else {
            column = previousColumn + 1
            guard column <= XLSXCellReference.maximumColumnIndex else {
                return fail("a cell lies beyond Excel's last column, XFD", cell: nil)
            }
        }
        guard column > previousColumn else {
            return fail(
                "cell \(cellName) comes after column \(XLSXCellReference.columnName(previousColumn)); cells must be in column order",
                cell: cellName)
        }
        previousColumn = column
        cellType = attributes["t"]
        cellTypeCode = Self.typeCode(cellType)
        cellDateKind = dateStyles.kinds.isEmpty ? nil : attributes["s"].flatMap { Int($0) }.flatMap { dateStyles.kind($0) }
        value = ""
        hasValue = false
        inlineText = ""
        inInlineString = false
        phoneticDepth = 0
        capture = 0
        inCell = true
    }

    /// The current cell's reference, such as “C7”.
    private var cellName: String {
        XLSXCellReference.name(column: column, row: currentRowNumber)
    }

    private static func typeCode(_ type: String?) -> UInt8 {
        guard let type else { return UInt8(ascii: "n") }
        let utf8 = type.utf8
        switch (utf8.count, utf8.first ?? 0) {
        case (1, UInt8(ascii: "n")), (1, UInt8(ascii: "s")), (1, UInt8(ascii: "b")), (1, UInt8(ascii: "e")), (1, UInt8(ascii: "d")):
            return utf8.first ?? 0
        case (3, UInt8(ascii: "s")) where type == "str":
            return UInt8(ascii: "f")
        case (9, UInt8(ascii: "i")) where type == "inlineStr":
            return UInt8(ascii: "i")
        default:
            return 0
        }
    }

    private mutating func endCell() {
        inCell = false
        capture = 0
        let text: String
        switch cellTypeCode {
        case UInt8(ascii: "n"):
            guard hasValue, !value.isEmpty else { return }
            guard let number = XLSXNumberText.render(value) else {
                return fail("“\(value)” is stored as a number but is not one", cell: cellName)
            }
            text = cellDateKind.flatMap { dateText(number, $0) } ?? number
        case UInt8(ascii: "s"):
            guard hasValue, !value.isEmpty else { return }
            guard let index = Int(value) ?? Int(value.trimmingCharacters(in: .whitespacesAndNewlines)),
                index >= 0, index < sharedStrings.count
            else {
                return fail("shared string “\(value)” does not exist (the file has \(sharedStrings.count))", cell: cellName)
            }
            text = sharedStrings[index]
        case UInt8(ascii: "i"):
            text = XLSXXML.decodeEscapes(inlineText)
        case UInt8(ascii: "f"):
            text = XLSXXML.decodeEscapes(value)
        case UInt8(ascii: "b"):
            switch value.trimmingCharacters(in: .whitespaces) {
            case "1", "true", "TRUE", "True": text = "TRUE"
            case "0", "false", "FALSE", "False": text = "FALSE"
            case "": return
            default: return fail("“\(value)” is stored as a boolean but is not one", cell: cellName)
            }
        case UInt8(ascii: "e"):
            let code = value.trimmingCharacters(in: .whitespacesAndNewlines)
            return fail("Excel error \(code.isEmpty ? "(unspecified)" : code)", cell: cellName)
        case UInt8(ascii: "d"):
            text = value
        default:
            return fail("unknown cell type “\(cellType ?? "")”", cell: cellName)
        }
        guard !text.isEmpty else { return }
        if cells.count < column {
            cells.append(contentsOf: repeatElement("", count: column - cells.count))
        }
        cells.append(text)
    }

    /// A date-formatted number as the date or time it shows; nil when the serial is no date (then it stays a number).
    private func dateText(_ number: String, _ kind: XLSXDateStyles.Kind) -> String? {
        guard let date = ExcelSerialDate(text: number, system: dateSystem) ?? (kind == .time ? timeOnly(number) : nil) else { return nil }
        switch kind {
        case .date: return date.dayText
        case .time: return date.timeText
        case .dateTime: return date.dateTimeText
        }
    }

    /// A time of day stored alone (a serial below 1, which names no day in the 1900 system).
    private func timeOnly(_ number: String) -> ExcelSerialDate? {
        guard let value = Double(number), value >= 0, value < 1 else { return nil }
        return ExcelSerialDate(serial: value + 61, system: .from1900)
    }

    // MARK: - Failing

    private mutating func failTooManyCells() {
        fail("the sheet has more than \(limits.maximumCells) cells; refused", cell: nil)
    }

    private mutating func fail(_ reason: String, cell: String?) {
        guard failure == nil else { return }
        failure = XLSXError(reason: reason, sheet: sheet, cell: cell)
    }
}
