import Foundation
import OasisCore

/// Collects the progress updates a library reports (from any thread), for tests.
public final class UpdateRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [ProgressUpdate] = []

    public init() {}

    public var reporter: ProgressReporter {
        ProgressReporter { [self] update in
            lock.lock()
            stored.append(update)
            lock.unlock()
        }
    }

    public var updates: [ProgressUpdate] {
        lock.lock()
        defer { lock.unlock() }
        return stored
    }
}
