import Foundation

/// What an open transaction runs after its commit (in the order registered), and drops when it rolls back.
final class CommitActions: @unchecked Sendable {
    private let lock = NSLock()
    private var actions: [@Sendable () -> Void] = []

    func add(_ action: @escaping @Sendable () -> Void) { lock.withLock { actions.append(action) } }

    /// Runs the registered actions once, after a successful commit.
    func run() {
        let pending = lock.withLock {
            defer { actions = [] }
            return actions
        }
        for action in pending { action() }
    }
}
