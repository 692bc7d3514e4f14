import Foundation
import OasisCore
import Synchronization

/// Collects the progress updates a library reports (from any thread), for tests.
public final class UpdateRecorder: Sendable {
    private let stored = Mutex<[ProgressUpdate]>([])

    public init() {}

    public var reporter: ProgressReporter {
        ProgressReporter { [self] update in
            stored.withLock { $0.append(update) }
        }
    }

    public var updates: [ProgressUpdate] {
        stored.withLock { $0 }
    }
}
