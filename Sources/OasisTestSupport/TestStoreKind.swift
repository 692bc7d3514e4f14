import Foundation

/// The stores the contract suite runs against: SQLite always; PostgreSQL when `OASIS_TEST_POSTGRES_URL`
/// names a server (scripts/test starts a throwaway one). With `OASIS_REQUIRE_POSTGRES=1` a missing URL
/// is a failure rather than a skip.
public enum TestStoreKind: String, Sendable, CaseIterable, CustomStringConvertible {
    case sqlite
    case postgres

    public static var postgresURL: String? {
        let value = ProcessInfo.processInfo.environment["OASIS_TEST_POSTGRES_URL"]
        return value?.isEmpty == false ? value : nil
    }

    public static var postgresRequired: Bool {
        ProcessInfo.processInfo.environment["OASIS_REQUIRE_POSTGRES"] == "1"
    }

    /// The kinds available in this run.
    public static var available: [TestStoreKind] {
        postgresURL == nil ? [.sqlite] : [.sqlite, .postgres]
    }

    public var description: String { rawValue }
}
