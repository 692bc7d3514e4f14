import OasisCore

/// A parsed CSV file: a header and records, each record remembering the line it started on.
public struct CSVTable: Sendable {
    public struct Record: Sendable {
        public let line: Int
        public let fields: [String]
    }

    public let header: [String]
    public let records: [Record]

    /// The index of a column by its English code (case-insensitive, surrounding spaces ignored) or one of its
    /// Chinese names (`ImportColumnNames`).
    public func column(_ name: String) -> Int? {
        let wanted = name.lowercased()
        return header.firstIndex { ImportColumnNames.matches($0, wanted) }
    }
}
