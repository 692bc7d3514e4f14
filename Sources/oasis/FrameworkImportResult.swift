import OasisServices

/// What `oasis framework import` did: the framework made active and how the problem ledger moved.
struct FrameworkImportResult: Encodable {
    var file: String
    var framework: String
    var version: Int
    var indicators: Int
    var ledger: LedgerRefreshSummary
}
