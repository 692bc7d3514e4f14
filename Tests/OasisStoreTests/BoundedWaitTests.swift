import Foundation
import OasisStore
import Testing

@Suite("Bounded wait: a caller stops waiting for an operation that does not return")
struct BoundedWaitTests {
    struct NoAnswer: Error, Equatable {}

    @Test("an operation that answers in time gives its value; its error passes through", .timeLimit(.minutes(4)))
    func answers() async throws {
        let value = try await BoundedWait.run(within: .seconds(30), orThrow: NoAnswer()) { 42 }
        #expect(value == 42)
        await #expect(throws: CancellationError.self) {
            try await BoundedWait.run(within: .seconds(30), orThrow: NoAnswer()) { () async throws -> Int in throw CancellationError() }
        }
    }

    @Test("an operation that never returns is given up with the failure, and is cancelled", .timeLimit(.minutes(4)))
    func givesUp() async throws {
        let started = AsyncStream<Void>.makeStream()
        await #expect(throws: NoAnswer()) {
            try await BoundedWait.run(within: .milliseconds(50), orThrow: NoAnswer()) { () async throws -> Int in
                started.continuation.yield()
                // Stands for a database call that never returns; only the cancellation ends it.
                try await Task.sleep(for: .seconds(3_600))
                return 0
            }
        }
        var iterator = started.stream.makeAsyncIterator()
        #expect(await iterator.next() != nil, "the operation did start")
    }
}
