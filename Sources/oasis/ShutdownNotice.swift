import Logging
import ServiceLifecycle

/// Logs the moment a graceful shutdown begins (SIGTERM or SIGINT), so that an operator reading the log can
/// tell a requested stop from a crash; `serve` logs again once the server has drained and stopped.
struct ShutdownNotice: Service {
    let logger: Logger

    func run() async throws {
        try? await gracefulShutdown()
        guard Task.isShuttingDownGracefully else { return }
        logger.notice("shutting down: finishing requests in flight")
    }
}
