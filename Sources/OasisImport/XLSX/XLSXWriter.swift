import Foundation
import OasisCore

/// Writes one sheet of text and number cells as a workbook (through `XLSXBookWriter`), which Excel, LibreOffice
/// and Oasis's own reader open.
public struct XLSXWriter: Sendable {
    public enum Cell: Sendable, Equatable {
        case text(String)
        case number(Double)
    }

    public var sheetName: String

    public init(sheetName: String) { self.sheetName = sheetName }

    public func workbook(rows: [[Cell]]) throws -> [UInt8] {
        try XLSXBookWriter.workbook([XLSXSheet(name: sheetName, rows: rows.map { $0.map { XLSXStyledCell($0) } })])
    }

    /// A, B, …, Z, AA, AB, …
    public static func columnName(_ index: Int) -> String {
        var name = ""
        var number = index + 1
        while number > 0 {
            let remainder = (number - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            number = (number - 1) / 26
        }
        return name
    }
}
