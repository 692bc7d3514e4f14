import OasisCore

/// The errors of backups, restores and copies, each naming the file or table at fault and saying what to do.
enum StoreTransferError {
    static func missing(_ path: String) -> OasisError {
        OasisError(kind: .notFound, code: "database_missing", message: "There is no database file at \(path).")
    }

    static func unreadable(_ path: String, _ reason: String) -> OasisError {
        OasisError(kind: .unavailable, code: "database_unreadable", message: "Cannot use the SQLite file \(path): \(reason).")
    }

    static func notOasis(_ path: String, _ reason: String) -> OasisError {
        OasisError(kind: .invalid, code: "not_an_oasis_database", message: "\(path) is not an Oasis database: \(reason).")
    }

    static func exists(_ path: String, _ advice: String) -> OasisError {
        OasisError(kind: .conflict, code: "target_exists", message: "\(path) already exists and is not empty; \(advice)")
    }

    static func newer(_ path: String, version: Int) -> OasisError {
        OasisError(
            kind: .invalid, code: "schema_too_new",
            message: "\(path) has schema version \(version), newer than this Oasis knows (\(Migrations.latestVersion)); use a newer oasis.")
    }

    static func damaged(_ path: String, _ problems: [String]) -> OasisError {
        OasisError(
            kind: .invalid, code: "integrity_check_failed",
            message: "\(path) fails SQLite's integrity check: \(problems.prefix(5).joined(separator: "; ")).")
    }
}
