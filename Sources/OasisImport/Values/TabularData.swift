import OasisCore

/// Rows of a spreadsheet-like file, whether CSV (places are line numbers) or XLSX (Excel row numbers),
/// so that one validator serves both and its errors name the right place.
public struct TabularData: Sendable {
    public enum Place: Sendable {
        case line
        case row
    }

    public struct Record: Sendable {
        public let number: Int
        public let fields: [String]
        public init(number: Int, fields: [String]) {
            self.number = number
            self.fields = fields
        }
    }

    public let header: [String]
    public let records: [Record]
    public let place: Place
    /// How serial numbers in date columns count days: the workbook's system for XLSX, 1900 for CSV.
    public let dateSystem: ExcelSerialDate.System

    public init(header: [String], records: [Record], place: Place, dateSystem: ExcelSerialDate.System = .from1900) {
        self.header = header
        self.records = records
        self.place = place
        self.dateSystem = dateSystem
    }

    public init(csv: CSVTable) {
        header = csv.header
        records = csv.records.map { Record(number: $0.line, fields: $0.fields) }
        place = .line
        dateSystem = .from1900
    }

    /// A detail at a record and column.
    func detail(_ number: Int, column: String?, _ reason: String) -> OasisCore.OasisError.Detail {
        switch place {
        case .line: .init(line: number, column: column, reason: reason)
        case .row: .init(row: number, column: column, reason: reason)
        }
    }

    /// The index of a column by its English code or one of its Chinese names (`ImportColumnNames`).
    public func column(_ name: String) -> Int? {
        header.firstIndex { ImportColumnNames.matches($0, name) }
    }
}
