import Logging

extension Logger {
    static func oasis(level: Logger.Level) -> Logger {
        var logger = Logger(label: "oasis")
        logger.logLevel = level
        return logger
    }
}
