import Foundation
import OasisCore

/// Backups and restores of the embedded store through SQLite's online backup API: a consistent copy of a database
/// a server is using, and a restore that checks the copy before it replaces anything. A new file is written beside
/// its final name and renamed only once it is complete and passes `PRAGMA integrity_check`, so a failure leaves
/// nothing half-written.
public enum SQLiteBackup {
    /// What a backup or a restore wrote.
    public struct Result: Sendable, Codable, Equatable {
        public var path: String
        public var bytes: Int64
        public var schemaVersion: Int
        /// The audit anchor that stood beside a replaced database and was moved aside (its head is not the
        /// restored chain's), if any.
        public var movedAuditAnchor: String?
    }

    /// Copies the database at `database` (in use or not) to the new file `output`.
    public static func backUp(database: String, to output: String) async throws -> Result {
        guard FileManager.default.fileExists(atPath: database) else { throw StoreTransferError.missing(database) }
        guard !FileManager.default.fileExists(atPath: output) else {
            throw StoreTransferError.exists(output, "choose a new file name for the backup.")
        }
        let source = try SQLiteFile(path: database, mode: .read)
        let version = try source.oasisSchemaVersion()
        try await writeNew(output) { copy in try await source.backUp(into: copy) }
        return Result(path: output, bytes: size(output), schemaVersion: version)
    }

    /// Restores the backup `backup` to `target`, after checking that it is a sound Oasis database this build can
    /// open. A target that exists and is not empty, or that a process has open (its `-wal` file is present), is
    /// refused unless `replacing` is set; it is then overwritten through the backup API under SQLite's locks.
    public static func restore(from backup: String, to target: String, replacing: Bool) async throws -> Result {
        guard FileManager.default.fileExists(atPath: backup) else { throw StoreTransferError.missing(backup) }
        let source = try SQLiteFile(path: backup, mode: .read)
        let version = try source.oasisSchemaVersion()
        guard version <= Migrations.latestVersion else { throw StoreTransferError.newer(backup, version: version) }
        let problems = source.integrityProblems()
        guard problems.isEmpty else { throw StoreTransferError.damaged(backup, problems) }
        let inUse = FileManager.default.fileExists(atPath: target + "-wal")
        guard FileManager.default.fileExists(atPath: target), size(target) > 0 || inUse else {
            try? FileManager.default.removeItem(atPath: target)
            try await writeNew(target) { copy in try await source.backUp(into: copy) }
            return Result(path: target, bytes: size(target), schemaVersion: version)
        }
        guard replacing else {
            throw StoreTransferError.exists(
                target,
                inUse
                    ? "a process may have it open (\(target)-wal exists): stop the server, then restore with --replace."
                    : "restore to a new path, or pass --replace to overwrite it.")
        }
        let destination = try SQLiteFile(path: target, mode: .write)
        try await source.backUp(into: destination)
        let after = destination.integrityProblems()
        guard after.isEmpty else { throw StoreTransferError.damaged(target, after) }
        return Result(path: target, bytes: size(target), schemaVersion: version, movedAuditAnchor: try moveAnchorAside(of: target))
    }

    /// Writes a new file through `fill`, checks it and renames it to `path`; removes it on any failure.
    static func writeNew(_ path: String, _ fill: (SQLiteFile) async throws -> Void) async throws {
        let partial = path + ".partial"
        func removePartial() {
            for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: partial + suffix) }
        }
        removePartial()
        do {
            try await check(partial, fill)
            try FileManager.default.moveItem(atPath: partial, toPath: path)
        } catch {
            removePartial()
            throw error
        }
    }

    private static func check(_ path: String, _ fill: (SQLiteFile) async throws -> Void) async throws {
        let copy = try SQLiteFile(path: path, mode: .write)
        try await fill(copy)
        let problems = copy.integrityProblems()
        guard problems.isEmpty else { throw StoreTransferError.damaged(path, problems) }
    }

    /// Renames the audit anchor beside `database` (if any) to `<anchor>.before-restore`; the next audited write
    /// anchors the restored chain afresh.
    private static func moveAnchorAside(of database: String) throws -> String? {
        let anchor = AuditAnchor.path(besideDatabase: database)
        guard FileManager.default.fileExists(atPath: anchor) else { return nil }
        let aside = anchor + ".before-restore"
        try? FileManager.default.removeItem(atPath: aside)
        try FileManager.default.moveItem(atPath: anchor, toPath: aside)
        return aside
    }

    static func size(_ path: String) -> Int64 {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.int64Value ?? 0
    }
}
