import NIOCore
import Synchronization

/// What the reader, the keep-alive task and the shutdown handler share about one connection: the channel to write
/// to and close, whether a message is being handled (its PUBACK still to come), whether the server is stopping, and
/// when the broker last sent anything. A stop while a message is handled waits for its PUBACK; the DISCONNECT
/// follows it.
final class MQTTLink: Sendable {
    private struct State {
        var channel: (any Channel)?
        var outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>?
        var busy = false
        var stopping = false
        var subscribed = false
        var lastReceived = ContinuousClock.now
    }

    private let state = Mutex(State())

    init() {}

    var isStopping: Bool { state.withLock { $0.stopping } }

    /// The broker granted the subscription on this connection.
    var wasSubscribed: Bool { state.withLock { $0.subscribed } }

    func markSubscribed() { state.withLock { $0.subscribed = true } }

    func attach(_ channel: any Channel, _ outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>) {
        let stopping = state.withLock { state in
            state.channel = channel
            state.outbound = outbound
            return state.stopping
        }
        if stopping { channel.close(promise: nil) }
    }

    func received() { state.withLock { $0.lastReceived = .now } }

    /// How long the broker has been silent, or nil while a message is handled (the reader is not reading then).
    var silence: Duration? {
        state.withLock { $0.busy ? nil : ContinuousClock.now - $0.lastReceived }
    }

    /// Starts handling a message; false when the server is stopping (the message stays with the broker).
    func begin() -> Bool {
        state.withLock { state in
            guard !state.stopping else { return false }
            state.busy = true
            return true
        }
    }

    /// The message's PUBACK is written (or withheld); a stop asked for meanwhile happens now.
    func end() async {
        let stopping = state.withLock { state in
            state.busy = false
            state.lastReceived = .now
            return state.stopping
        }
        if stopping { await disconnect() }
    }

    /// The server is stopping: DISCONNECT now when idle, else after the message in hand.
    func stop() {
        let idle = state.withLock { state in
            state.stopping = true
            return !state.busy
        }
        if idle { Task { await disconnect() } }
    }

    /// Sends DISCONNECT (the broker then forgets no QoS 1 message: they wait in the session) and closes.
    func disconnect() async {
        let (channel, outbound) = state.withLock { ($0.channel, $0.outbound) }
        if let outbound { try? await outbound.write(MQTTPacket.disconnect.encoded) }
        try? await channel?.close()
    }

    /// Closes the connection at once (the broker went silent, or a task failed).
    func close() {
        let channel = state.withLock { $0.channel }
        channel?.close(promise: nil)
    }
}
