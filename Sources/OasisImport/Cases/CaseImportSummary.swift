import OasisCore

/// What reading a case file found: counts, every row-level problem with its line and column, and how the
/// categories came out.
public struct CaseImportSummary: Sendable, Equatable {
    /// Data records read (the header and blank lines excluded).
    public var rowCount: Int = 0
    /// Rows that passed and were handed on.
    public var acceptedCount: Int = 0
    /// Rows with at least one problem (not handed on).
    public var rejectedCount: Int = 0
    /// Problems in file order, up to the reader's limit.
    public var problems: [OasisError.Detail] = []
    /// All problems found, including those beyond the limit.
    public var problemCount: Int = 0
    /// Accepted rows per taxonomy code.
    public var byCategory: [String: Int] = [:]
    /// Source values that fell back to a default, per mapped field (`category`, `status` …) and value.
    public var defaulted: [String: [String: Int]] = [:]
    /// Rows whose closed time lay before the created time and was clamped to it.
    public var clampedClosures: Int = 0
    /// Accepted rows with coordinates.
    public var locatedCount: Int = 0

    public init() {}
}
