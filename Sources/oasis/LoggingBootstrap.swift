import Foundation
import Logging
import OasisServices

/// Structured logs on standard error (so that standard output stays for command results).
enum LoggingBootstrap {
    nonisolated(unsafe) private static var done = false
    private static let lock = NSLock()

    static func once(level: Logger.Level, format: LogFormat = .text) {
        lock.withLock {
            guard !done else { return }
            done = true
            LoggingSystem.bootstrap { label in
                switch format {
                case .json:
                    return JSONLineLogHandler(label: label, logLevel: level)
                case .text:
                    var handler = StreamLogHandler.standardError(label: label)
                    handler.logLevel = level
                    return handler
                }
            }
        }
    }
}
