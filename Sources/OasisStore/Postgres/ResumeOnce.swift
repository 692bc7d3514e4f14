import Foundation

/// Resumes a continuation exactly once, whichever of several racing tasks gets there first.
final class ResumeOnce: @unchecked Sendable {
    private let lock = NSLock()
    private var done = false

    /// Returns true when this call resumed the continuation.
    @discardableResult
    func resume(_ continuation: CheckedContinuation<Void, any Error>, with result: Result<Void, any Error>) -> Bool {
        let first = lock.withLock {
            guard !done else { return false }
            done = true
            return true
        }
        if first { continuation.resume(with: result) }
        return first
    }
}
