import Foundation
import Synchronization
import VaporCSQLite

/// Checkpoints the write-ahead log on a thread of its own, so that no write waits for it.
///
/// SQLite checkpoints by default in the `COMMIT` that takes the log past 1,000 pages: that commit then also copies the
/// log into the database file and syncs it, and every request of that group commit waits for it. The writing
/// connection's WAL hook (`install(on:)`) asks this thread instead, which runs a `PASSIVE` checkpoint on a connection
/// of its own: it copies what no reader still needs, alongside the writes, and never blocks them. Other processes'
/// connections (the command line) keep SQLite's own checkpoints.
///
/// A checkpoint alongside the writes copies the log as it stood when it began; a writer that never pauses (gateways
/// feeding the lifeline ingest) has added more by then, so the log is never wholly copied and never starts again from
/// its beginning: it grew by gigabytes in a minute, and every commit paid for extending the file. Past `restartPages`
/// the writer therefore finishes the checkpoint itself, in its commit: only what the thread left, a few transactions'
/// worth, and the next transaction writes the log from its beginning again.
final class SQLiteCheckpointer: @unchecked Sendable {
    /// The log size, in pages, from which a checkpoint is asked for (SQLite's own default).
    static let pages: Int32 = 1_000
    /// The log size, in pages (64 MiB), from which the writer finishes the checkpoint itself.
    static let restartPages: Int32 = 16_384

    private let path: String
    private let thread = SerialThread(name: "oasis-sqlite-checkpoint")
    /// A checkpoint is queued and has not started yet: requests meanwhile are one.
    private let queued = Mutex(false)
    /// Used on the thread only.
    private var connection: RawSQLiteConnection?

    init(path: String) { self.path = path }

    /// Makes `handle`'s commits ask this thread for a checkpoint instead of running one. The checkpointer must
    /// outlive the connection (the hook keeps no reference).
    func install(on handle: OpaquePointer?) {
        sqlite_nio_sqlite3_wal_hook(
            handle,
            { context, handle, _, pages in
                if pages >= SQLiteCheckpointer.pages, let context {
                    Unmanaged<SQLiteCheckpointer>.fromOpaque(context).takeUnretainedValue().request()
                }
                // SQLITE_BUSY while the thread's checkpoint runs: the next commit tries again. A failure here leaves the
                // log as it was; the commit itself has succeeded either way.
                if pages >= SQLiteCheckpointer.restartPages {
                    _ = sqlite_nio_sqlite3_wal_checkpoint_v2(handle, nil, SQLITE_CHECKPOINT_PASSIVE, nil, nil)
                }
                return SQLITE_OK
            }, Unmanaged.passUnretained(self).toOpaque())
    }

    func request() {
        guard
            queued.withLock({ queued in
                defer { queued = true }
                return !queued
            })
        else { return }
        thread.submit { [self] in checkpoint() }
    }

    /// Ends the thread (after the checkpoint under way, if any).
    func stop() { thread.stop() }

    private func checkpoint() {
        queued.withLock { $0 = false }
        // A failed checkpoint (the file gone, a full disk) is tried again at the next request; the log only grows
        // meanwhile, and the writes themselves report such problems.
        do {
            if connection == nil { connection = try RawSQLiteConnection(path: path, cacheKiB: 2_048) }
            try connection?.exec("PRAGMA wal_checkpoint(PASSIVE)")
        } catch {
            connection = nil
        }
    }
}
