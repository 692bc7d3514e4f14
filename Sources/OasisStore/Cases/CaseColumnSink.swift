import Foundation

/// Where a case's column values go, in the order of `CaseRows.columns`: a list of values for ordinary
/// statements, or the binds of a prepared statement on bulk imports. `CaseRows.encode` writes both.
protocol CaseColumnSink {
    mutating func text(_ value: String?)
    mutating func double(_ value: Double?)
    /// Epoch milliseconds.
    mutating func millis(_ value: Date?)
    mutating func integer(_ value: Int64)
}
