import Foundation
import Synchronization

/// Runs an operation and gives up waiting for it after a time, without waiting for it to notice: a database call
/// that never returns (a connection lost mid-transaction during a restart) would otherwise hold its caller, and
/// everything queued behind it, for ever. The operation itself goes on in the background until it ends.
public enum BoundedWait {
    public static func run<T: Sendable>(
        within timeout: Duration, orThrow failure: @autoclosure @escaping @Sendable () -> any Error,
        _ operation: @escaping @Sendable () async throws -> T
    ) async throws -> T {
        let once = Once<T>()
        return try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, any Error>) in
            let work = Task {
                do {
                    once.resume(continuation, with: .success(try await operation()))
                } catch {
                    once.resume(continuation, with: .failure(error))
                }
            }
            Task {
                try? await Task.sleep(for: timeout)
                if once.resume(continuation, with: .failure(failure())) { work.cancel() }
            }
        }
    }

    /// Resumes a continuation exactly once, whichever of the racing tasks gets there first.
    final class Once<T: Sendable>: Sendable {
        private let done = Mutex(false)

        @discardableResult
        func resume(_ continuation: CheckedContinuation<T, any Error>, with result: Result<T, any Error>) -> Bool {
            let first = done.withLock { done in
                guard !done else { return false }
                done = true
                return true
            }
            if first { continuation.resume(with: result) }
            return first
        }
    }
}
