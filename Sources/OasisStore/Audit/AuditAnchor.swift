import Foundation
import Logging
import Synchronization

/// The audit chain's head kept outside the database, so that removing events at the end (and rewriting the
/// head stored in the database) no longer goes unnoticed.
///
/// After each committed audited write the head is logged (`audit.head seq=… hash=…`) and, when a file is
/// configured, written to it — only ever forward: the file records a sequence number the table must reach at
/// least, so a process whose anchor lags (another server on the same PostgreSQL, a crash between commit and
/// anchor) never causes a false alarm. Writers on one machine share the file under an exclusive `flock` of
/// `<file>.lock`; the file is replaced atomically (written beside, then renamed) with mode 600.
public final class AuditAnchor: Sendable {
    /// The anchor file; nil keeps the head in the log only.
    public let path: String?
    private let logger: Logger
    /// The highest head this process wrote or read, so that most writes skip the file's lock. Held while the file is
    /// written, so that `flush()` also waits for a write under way.
    private let known = Mutex<Int64>(0)
    /// The newest committed head not yet written, and whether a task to write it has been started.
    private let pending = Mutex<(head: AuditHead?, scheduled: Bool)>((nil, false))

    public init(path: String?, logger: Logger) {
        self.path = path
        self.logger = logger
    }

    /// The anchor file beside an SQLite database.
    public static func path(besideDatabase databasePath: String) -> String { databasePath + ".audit-anchor" }

    /// Refuses an anchor file whose folder does not exist, so that a mistyped setting stops the server at start
    /// instead of losing every anchor write.
    static func requireFolder(of path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        var isDirectory: ObjCBool = false
        guard folder.isEmpty || (FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) && isDirectory.boolValue) else {
            throw StoreError(
                kind: .unavailable,
                message:
                    "The folder of the audit anchor file \(path) does not exist; create it or set auditAnchor (OASIS_AUDIT_ANCHOR) to a file in an existing folder."
            )
        }
    }

    /// How long a committed head waits before the file is written, so that the heads of a busy moment's commits are
    /// written once, as the newest (each write is a lock, a read, a new file and a rename).
    static let coalescing = Duration.milliseconds(100)

    /// Records a committed head: logs it, and has the file moved forward by a task of its own, off the writer's path,
    /// after `coalescing` (heads committed meanwhile are written once, as the newest). A crash before the file is
    /// written leaves it behind the table, which verification takes as such, not as tampering; `read()` and the
    /// store's close write it at once.
    func advance(to head: AuditHead) {
        logger.info("audit.head", metadata: ["seq": "\(head.seq)", "hash": "\(head.hash)"])
        guard path != nil else { return }
        let start = pending.withLock { pending -> Bool in
            if let waiting = pending.head, waiting.seq >= head.seq { return false }
            pending.head = head
            guard !pending.scheduled else { return false }
            pending.scheduled = true
            return true
        }
        if start {
            Task.detached(priority: .utility) {
                try? await Task.sleep(for: Self.coalescing)
                self.flush()
            }
        }
    }

    /// Writes the newest committed head still waiting, after any write under way: before the file is read here, and
    /// when the store closes.
    public func flush() {
        guard let path else { return }
        known.withLock { known in
            while let head = takePending() {
                guard head.seq > known else { continue }
                do {
                    try Self.withFileLock(path + ".lock") {
                        let stored = try? Self.read(path)
                        if let stored, stored.seq >= head.seq {
                            known = stored.seq
                            return
                        }
                        try Self.write(head, to: path)
                        known = head.seq
                    }
                } catch {
                    logger.error("audit.anchor_write_failed", metadata: ["path": "\(path)", "error": "\(error)"])
                }
            }
        }
    }

    /// The waiting head, taken; nil (and no task scheduled any more) when none waits.
    private func takePending() -> AuditHead? {
        pending.withLock { pending in
            let head = pending.head
            pending.head = nil
            if head == nil { pending.scheduled = false }
            return head
        }
    }

    /// The recorded head: nil when there is no file (no anchor configured, or no write since it was).
    public func read() throws -> AuditHead? {
        flush()
        guard let path, FileManager.default.fileExists(atPath: path) else { return nil }
        return try Self.read(path)
    }

    static func read(_ path: String) throws -> AuditHead {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw StoreError(kind: .unavailable, message: "Cannot read the audit anchor file \(path).")
        }
        do {
            return try JSONDecoder().decode(AuditHead.self, from: data)
        } catch {
            throw StoreError(
                kind: .other, message: "The audit anchor file \(path) is not a recorded head (seq and hash): it was damaged or replaced.")
        }
    }

    private static func write(_ head: AuditHead, to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var data = try encoder.encode(head)
        data.append(0x0A)
        let temporary = path + ".tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: data, attributes: [.posixPermissions: 0o600]) else {
            throw StoreError(kind: .unavailable, message: "Cannot write \(temporary).")
        }
        guard rename(temporary, path) == 0 else {
            throw StoreError(kind: .unavailable, message: "Cannot replace \(path): \(String(cString: strerror(errno))).")
        }
    }

    private static func withFileLock(_ lockPath: String, _ body: () throws -> Void) throws {
        let descriptor = open(lockPath, O_RDWR | O_CREAT, 0o600)
        guard descriptor >= 0 else { throw StoreError(kind: .unavailable, message: "Cannot open \(lockPath): \(String(cString: strerror(errno))).") }
        defer { close(descriptor) }
        guard flock(descriptor, LOCK_EX) == 0 else { throw StoreError(kind: .unavailable, message: "Cannot lock \(lockPath).") }
        defer { flock(descriptor, LOCK_UN) }
        try body()
    }
}
