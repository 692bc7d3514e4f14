import OasisStore
import Synchronization
import Testing

@Suite("Group commit: requests that wait for the writer are written together, within the group's weight, each answered with its own result")
struct GroupCommitQueueTests {
    struct Refused: Error, Equatable {}

    /// A queue whose first group, and every group holding an item named `hold…`, waits until `release` yields, so that
    /// the test can line up the requests behind it.
    final class Harness: Sendable {
        /// The groups `commit` was called with, in order.
        final class Log: Sendable { let groups = Mutex<[[String]]>([]) }

        let log = Log()
        let release = AsyncStream<Void>.makeStream()
        let queue: GroupCommitQueue<String, String>

        init(maximumWeight: Int, expressWeight: Int? = nil) {
            let log = self.log
            let stream = release.stream
            queue = GroupCommitQueue(maximumWeight: maximumWeight, expressWeight: expressWeight, timeout: nil, executor: nil) { items in
                let first = log.groups.withLock { groups in
                    groups.append(items)
                    return groups.count == 1
                }
                if first || items.contains(where: { $0.hasPrefix("hold") }) {
                    for await _ in stream { break }
                }
                if items.contains("bad") { throw Refused() }
                return items.map { $0.uppercased() }
            }
        }

        /// Submits the first item on a task of its own and waits until its group (held) is being written.
        func start(_ item: String, weight: Int = 1) async -> Task<String, any Error> {
            let queue = self.queue
            let task = Task { try await queue.submit(item, weight: weight) }
            while log.groups.withLock({ $0.isEmpty }) { await Task.yield() }
            return task
        }

        /// Submits `item` on a task of its own once the queue holds `ahead` waiting requests, and waits until it is queued.
        func submit(_ item: String, weight: Int, ahead: Int) async -> Task<String, any Error> {
            let queue = self.queue
            let task = Task { try await queue.submit(item, weight: weight) }
            while await queue.queued < ahead + 1 { await Task.yield() }
            return task
        }
    }

    @Test("behind a group being written, waiting requests form the next groups in order, up to the weight; a heavier one goes alone")
    func grouping() async throws {
        let harness = Harness(maximumWeight: 3)
        let first = await harness.start("a")
        var waiting: [Task<String, any Error>] = []
        for (index, item) in ["b", "c", "d", "e"].enumerated() { waiting.append(await harness.submit(item, weight: 1, ahead: index)) }
        waiting.append(await harness.submit("heavy", weight: 5, ahead: 4))
        waiting.append(await harness.submit("f", weight: 1, ahead: 5))
        harness.release.continuation.yield()
        #expect(try await first.value == "A")
        var answers: [String] = []
        for task in waiting { answers.append(try await task.value) }
        #expect(answers == ["B", "C", "D", "E", "HEAVY", "F"])
        #expect(harness.log.groups.withLock { $0 } == [["a"], ["b", "c", "d"], ["e"], ["heavy"], ["f"]])
    }

    @Test("a group that fails answers each of its requests with the error; the next group is written")
    func failure() async throws {
        let harness = Harness(maximumWeight: 2)
        let first = await harness.start("a")
        let good = await harness.submit("good", weight: 1, ahead: 0)
        let bad = await harness.submit("bad", weight: 1, ahead: 1)
        let later = await harness.submit("later", weight: 1, ahead: 2)
        harness.release.continuation.yield()
        #expect(try await first.value == "A")
        await #expect(throws: Refused.self) { _ = try await good.value }
        await #expect(throws: Refused.self) { _ = try await bad.value }
        #expect(try await later.value == "LATER")
        #expect(harness.log.groups.withLock { $0 } == [["a"], ["good", "bad"], ["later"]])
    }

    @Test("with an express weight, light requests queued behind heavy ones are written first, together; the heavy ones follow in order")
    func express() async throws {
        let harness = Harness(maximumWeight: 10, expressWeight: 2)
        let first = await harness.start("a", weight: 8)
        let heavy = await harness.submit("heavy", weight: 8, ahead: 0)
        let light = await harness.submit("light", weight: 1, ahead: 1)
        let other = await harness.submit("other", weight: 8, ahead: 2)
        let second = await harness.submit("second", weight: 2, ahead: 3)
        harness.release.continuation.yield()
        #expect(try await first.value == "A")
        #expect(try await [heavy.value, light.value, other.value, second.value] == ["HEAVY", "LIGHT", "OTHER", "SECOND"])
        #expect(harness.log.groups.withLock { $0 } == [["a"], ["light", "second"], ["heavy"], ["other"]])
    }

    @Test("a heavy request is passed over by one light group at most: the group after it is taken in order again")
    func fairness() async throws {
        let harness = Harness(maximumWeight: 10, expressWeight: 2)
        let first = await harness.start("a", weight: 1)
        let heavy = await harness.submit("heavy", weight: 8, ahead: 0)
        let hold = await harness.submit("hold", weight: 1, ahead: 1)
        harness.release.continuation.yield()
        #expect(try await first.value == "A")
        // The light group [hold] is being written, the heavy request passed over once; another light one arrives.
        while harness.log.groups.withLock({ $0.count < 2 }) { await Task.yield() }
        let light = await harness.submit("light", weight: 1, ahead: 1)
        harness.release.continuation.yield()
        #expect(try await [hold.value, heavy.value, light.value] == ["HOLD", "HEAVY", "LIGHT"])
        #expect(harness.log.groups.withLock { $0 } == [["a"], ["hold"], ["heavy", "light"]])
    }
}
