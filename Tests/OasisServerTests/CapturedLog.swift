import Foundation
import Logging

/// A log handler that keeps every line it is given, for tests that check what the server logs.
struct CapturedLog: LogHandler {
    final class Lines: @unchecked Sendable {
        private let lock = NSLock()
        private var lines: [(message: String, metadata: Logger.Metadata)] = []

        func append(_ message: String, _ metadata: Logger.Metadata) { lock.withLock { lines.append((message, metadata)) } }
        var all: [(message: String, metadata: Logger.Metadata)] { lock.withLock { lines } }
    }

    let lines: Lines
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .info

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        lines.append("\(event.message)", metadata.merging(event.metadata ?? [:]) { $1 })
    }
}
