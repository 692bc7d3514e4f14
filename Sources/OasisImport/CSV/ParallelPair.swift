import Dispatch
import Foundation
import OasisCore

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

    final class ResultBox<A, B>: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var first: Result<A, OasisError>?
        private(set) var second: Result<B, OasisError>?
        func setFirst(_ value: Result<A, OasisError>) { lock.withLock { first = value } }
        func setSecond(_ value: Result<B, OasisError>) { lock.withLock { second = value } }
    }
}
