import OasisCore
import OasisStore

/// What importing a value file did: the import record (nil when nothing was written), counts, every
/// problem found, and how the ledger moved.
public struct ValueImportOutcome: Sendable, Codable {
    public var record: ValueImportRecord?
    public var layout: String
    public var rowCount: Int
    public var acceptedValues: Int
    public var rejectedRows: Int
    public var problems: [OasisError.Detail]
    public var ledger: LedgerRefreshSummary?
}
