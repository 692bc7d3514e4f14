import Foundation
import Logging
import NIOConcurrencyHelpers
import OasisServices

/// Structured logs on standard error (so that standard output stays for command results).
enum LoggingBootstrap {
    /// Whether the logging system is bootstrapped already (it may be only once per process).
    private static let done = NIOLockedValueBox(false)

    static func once(level: Logger.Level, format: LogFormat = .text) {
        done.withLockedValue { done in
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
