extension StoreLocation {
    /// How long a group commit's transaction may take before its requests are answered 503 (`GroupCommitQueue`): only
    /// a networked database can leave a transaction unanswered. 10 s on PostgreSQL, whose connection can be lost
    /// mid-transaction, and none on the embedded store: its transaction runs in this process and always ends, and a
    /// busy machine (a large import on the same thread pool) can make it take longer than 10 s without anything being
    /// wrong.
    public var groupCommitTimeout: Duration? {
        switch self {
        case .sqlite: nil
        case .postgres: .seconds(10)
        }
    }
}
