import Foundation

/// A case's column values as `SQLValue`s, for ordinary statements and multi-row inserts.
struct CaseValueList: CaseColumnSink {
    var values: [SQLValue] = []

    mutating func text(_ value: String?) { values.append(SQLValue(value)) }
    mutating func double(_ value: Double?) { values.append(SQLValue(value)) }
    mutating func millis(_ value: Date?) { values.append(value.map { SQLValue($0) } ?? .null) }
    mutating func integer(_ value: Int64) { values.append(.int(value)) }
}
