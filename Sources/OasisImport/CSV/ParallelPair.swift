import Dispatch
import Foundation
import OasisCore
import Synchronization

/// Runs two pieces of synchronous work on two threads at once and returns both results (large imports
/// parse and validate their halves in parallel on a 2-core machine).
enum ParallelPair {
    static func run<A: Sendable, B: Sendable>(
        _ first: @Sendable () throws(OasisError) -> A, _ second: @Sendable () throws(OasisError) -> B
    ) -> (Result<A, OasisError>, Result<B, OasisError>) {
        let box = ResultBox<A, B>()
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            if index == 0 {
                box.setFirst(Result { () throws(OasisError) in try first() })
            } else {
                box.setSecond(Result { () throws(OasisError) in try second() })
            }
        }
        return (box.first!, box.second!)
    }

    final class ResultBox<A: Sendable, B: Sendable>: Sendable {
        private let results = Mutex<(Result<A, OasisError>?, Result<B, OasisError>?)>((nil, nil))
        var first: Result<A, OasisError>? { results.withLock { $0.0 } }
        var second: Result<B, OasisError>? { results.withLock { $0.1 } }
        func setFirst(_ value: Result<A, OasisError>) { results.withLock { $0.0 = value } }
        func setSecond(_ value: Result<B, OasisError>) { results.withLock { $0.1 = value } }
    }
}
