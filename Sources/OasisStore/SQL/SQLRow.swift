import Foundation
import OasisCore

/// One result row: column names (lower-cased as the stores report them) and values.
public struct SQLRow: Sendable {
    public let columns: [String]
    public let values: [SQLValue]

    public init(columns: [String], values: [SQLValue]) {
        self.columns = columns
        self.values = values
    }

    public subscript(_ column: String) -> SQLValue {
        guard let index = columns.firstIndex(of: column) else { return .null }
        return values[index]
    }

    public func int(_ column: String) throws -> Int64 {
        guard let value = self[column].int64 else { throw missing(column, "an integer") }
        return value
    }

    public func string(_ column: String) throws -> String {
        guard let value = self[column].string else { throw missing(column, "text") }
        return value
    }

    public func double(_ column: String) throws -> Double {
        guard let value = self[column].double else { throw missing(column, "a number") }
        return value
    }

    public func date(_ column: String) throws -> Date {
        guard let value = self[column].date else { throw missing(column, "a time") }
        return value
    }

    public func bool(_ column: String) throws -> Bool { try int(column) != 0 }

    public func optionalString(_ column: String) -> String? { self[column].string }
    public func optionalInt(_ column: String) -> Int64? { self[column].int64 }
    public func optionalDouble(_ column: String) -> Double? { self[column].double }

    private func missing(_ column: String, _ what: String) -> OasisError {
        OasisError(
            kind: .internal, code: "store_row_shape",
            message: "Column \(column) should hold \(what) but holds \(self[column])."
        )
    }
}
