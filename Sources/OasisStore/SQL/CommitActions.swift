import Foundation
import Synchronization

/// What an open transaction runs after its commit (in the order registered), and drops when it rolls back.
final class CommitActions: Sendable {
    private let actions = Mutex<[@Sendable () -> Void]>([])

    func add(_ action: @escaping @Sendable () -> Void) { actions.withLock { $0.append(action) } }

    /// Runs the registered actions once, after a successful commit.
    func run() {
        let pending = actions.withLock { actions in
            defer { actions = [] }
            return actions
        }
        for action in pending { action() }
    }
}
