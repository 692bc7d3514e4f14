import Foundation
import Synchronization

/// Resumes a continuation exactly once, whichever of several racing tasks gets there first.
final class ResumeOnce: Sendable {
    private let done = Mutex(false)

    /// Returns true when this call resumed the continuation.
    @discardableResult
    func resume(_ continuation: CheckedContinuation<Void, any Error>, with result: Result<Void, any Error>) -> Bool {
        let first = done.withLock { done in
            guard !done else { return false }
            done = true
            return true
        }
        if first { continuation.resume(with: result) }
        return first
    }
}
