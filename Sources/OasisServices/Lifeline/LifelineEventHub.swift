import Foundation
import Synchronization

/// The live stream's hub, in memory on one server: every alert change is numbered and kept in a ring of the last
/// `capacity` events (for `Last-Event-ID` replay) and handed to each subscriber whose filter admits it. A subscriber's
/// buffer holds at most `clientBuffer` items: a client that falls that far behind is disconnected (its stream ends)
/// rather than growing the server's memory; it reconnects with its last id and gets the rest from the ring.
///
/// Ids are `<the hub's start in Unix ms>-<sequence>`, so that an id from before a restart is recognised as unknown.
public final class LifelineEventHub: Sendable {
    /// What a subscriber receives: an event, or a keep-alive moment.
    public enum Item: Sendable, Equatable {
        case event(LifelineAlertEvent)
        case keepAlive
    }

    /// Where a subscription starts: the events after the client's last id (possibly none), or `reset` when that id
    /// is unknown or older than the ring (the client should reload the alert list).
    public enum Replay: Sendable, Equatable {
        case events([LifelineAlertEvent])
        case reset
    }

    struct Subscriber: Sendable {
        var continuation: AsyncStream<Item>.Continuation
        var admits: @Sendable (LifelineAlertEvent) -> Bool
    }

    struct State {
        var sequence: Int64 = 0
        var ring: [LifelineAlertEvent] = []
        var subscribers: [Int: Subscriber] = [:]
        var nextSubscriber = 0
    }

    public let capacity: Int
    public let clientBuffer: Int
    public let keepAliveInterval: Duration
    /// The first part of every id: the hub's start in Unix milliseconds.
    public let epoch: String
    private let state = Mutex(State())

    public init(capacity: Int = 1_000, clientBuffer: Int = 256, keepAliveInterval: Duration = .seconds(15), start: Date = Date()) {
        self.capacity = capacity
        self.clientBuffer = clientBuffer
        self.keepAliveInterval = keepAliveInterval
        self.epoch = String(Int64((start.timeIntervalSince1970 * 1000).rounded()))
    }

    /// Numbers an event, keeps it in the ring and hands it to every subscriber that admits it; a subscriber whose
    /// buffer is full is dropped. Returns the event with its id.
    @discardableResult
    public func publish(_ event: LifelineAlertEvent) -> LifelineAlertEvent {
        let (numbered, behind) = state.withLock { state in
            state.sequence += 1
            var numbered = event
            numbered.id = "\(epoch)-\(state.sequence)"
            state.ring.append(numbered)
            if state.ring.count > capacity { state.ring.removeFirst(state.ring.count - capacity) }
            var behind: [AsyncStream<Item>.Continuation] = []
            for (key, subscriber) in state.subscribers where subscriber.admits(numbered) {
                if case .dropped = subscriber.continuation.yield(.event(numbered)) {
                    behind.append(subscriber.continuation)
                    state.subscribers[key] = nil
                }
            }
            return (numbered, behind)
        }
        // Outside the lock: finishing runs the stream's termination handler, which takes the lock.
        for continuation in behind { continuation.finish() }
        return numbered
    }

    /// The number of clients listening now.
    public var subscriberCount: Int { state.withLock { $0.subscribers.count } }

    /// One client's subscription: the replay it starts with and the stream of later items, which ends when the
    /// client falls `clientBuffer` items behind, when `close` is called or when the consumer's task is cancelled.
    public struct Subscription: Sendable {
        public let replay: Replay
        public let items: AsyncStream<Item>
        let continuation: AsyncStream<Item>.Continuation

        /// Ends the stream (the client left, or the server stops).
        public func close() { continuation.finish() }
    }

    /// Subscribes: the replay after `lastEventID` (nil: none) and the later events `admits` lets through.
    public func subscribe(after lastEventID: String?, admits: @escaping @Sendable (LifelineAlertEvent) -> Bool) -> Subscription {
        let (stream, continuation) = AsyncStream<Item>.makeStream(bufferingPolicy: .bufferingOldest(clientBuffer))
        let (replay, key) = state.withLock { state -> (Replay, Int) in
            let key = state.nextSubscriber
            state.nextSubscriber += 1
            state.subscribers[key] = Subscriber(continuation: continuation, admits: admits)
            return (Self.replay(after: lastEventID, ring: state.ring, epoch: epoch, sequence: state.sequence, admits: admits), key)
        }
        let interval = keepAliveInterval
        let ticker = Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: interval)
                // A keep-alive that finds the buffer full means nobody reads: the subscription ends as a slow client's does.
                guard case .enqueued = continuation.yield(.keepAlive) else {
                    continuation.finish()
                    return
                }
            }
        }
        continuation.onTermination = { [weak self] _ in
            ticker.cancel()
            self?.state.withLock { _ = $0.subscribers.removeValue(forKey: key) }
        }
        return Subscription(replay: replay, items: stream, continuation: continuation)
    }

    /// The ring's events after `id` that `admits` lets through; `.reset` for an id of another start, a malformed one,
    /// or one older than the ring's oldest (events were lost in between).
    static func replay(
        after id: String?, ring: [LifelineAlertEvent], epoch: String, sequence: Int64, admits: (LifelineAlertEvent) -> Bool
    ) -> Replay {
        guard let id, !id.isEmpty else { return .events([]) }
        let parts = id.split(separator: "-", maxSplits: 1)
        guard parts.count == 2, parts[0] == epoch, let last = Int64(parts[1]), last >= 0, last <= sequence else { return .reset }
        let oldest = sequence - Int64(ring.count) + 1
        guard last >= oldest - 1 else { return .reset }
        return .events(ring.suffix(Int(sequence - last)).filter(admits))
    }
}
