import Foundation
import NIOCore
import NIOPosix

/// A bare HTTP/1.1 connection that reads a streamed answer as it arrives (the test clients wait for whole bodies,
/// which a server-sent event stream never ends). The wait is bounded: after `limit` the connection is closed, and a
/// read still waiting fails with what had arrived.
struct EventStreamReader {
    struct Closed: Error, CustomStringConvertible {
        var received: String
        var description: String { "the stream closed (or the wait ran out) after: \(received)" }
    }

    var iterator: NIOAsyncChannelInboundStream<ByteBuffer>.AsyncIterator
    var text = ""

    /// Opens the stream at `path` on 127.0.0.1 with extra request headers; `body` reads it, and the connection is closed
    /// after.
    static func with(
        port: Int, path: String, headers: [String: String], limit: Duration = .seconds(60), _ body: (inout EventStreamReader) async throws -> Void
    ) async throws {
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton).connect(host: "127.0.0.1", port: port) { channel in
            channel.eventLoop.makeCompletedFuture { try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel) }
        }
        let raw = channel.channel
        let watchdog = Task {
            try? await Task.sleep(for: limit)
            raw.close(promise: nil)
        }
        defer { watchdog.cancel() }
        try await channel.executeThenClose { inbound, outbound in
            var request = "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n"
            for (name, value) in headers { request += "\(name): \(value)\r\n" }
            try await outbound.write(ByteBuffer(string: request + "\r\n"))
            var reader = EventStreamReader(iterator: inbound.makeAsyncIterator())
            try await body(&reader)
        }
    }

    /// Reads until the text received so far contains `marker`; the text.
    @discardableResult
    mutating func read(until marker: String) async throws -> String {
        while !text.contains(marker) {
            guard let chunk = try? await iterator.next() else { throw Closed(received: text) }
            text += String(buffer: chunk)
        }
        return text
    }

    /// Reads until `terminator` follows the first `marker` received (a whole event after its name, however it arrives).
    mutating func read(after marker: String, until terminator: String) async throws {
        while true {
            if let start = text.range(of: marker), text[start.upperBound...].contains(terminator) { return }
            guard let chunk = try? await iterator.next() else { throw Closed(received: text) }
            text += String(buffer: chunk)
        }
    }

    /// The JSON of the `data` line of the first event named `name` received.
    func data(of name: String) throws -> [String: Any] {
        guard let start = text.range(of: "event: \(name)\ndata: ") else { throw Closed(received: text) }
        let line = text[start.upperBound...].prefix { $0 != "\n" }
        return (try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]) ?? [:]
    }
}
