import Logging
import ServiceLifecycle

/// The loop of the services that run beside the server (the outbox's sender, the deadline watch, the lifeline's
/// escalation): a round every `interval` until the server shuts down; a failed round is logged and the next one runs.
/// The pause ends at once on a graceful shutdown, so that a stop never waits for the next round.
enum RepeatingRounds {
    static func run(every interval: Duration, logger: Logger, label: String, _ round: @Sendable () async throws -> Void) async {
        while !Task.isCancelled && !Task.isShuttingDownGracefully {
            do {
                try await round()
            } catch {
                logger.warning("\(label): \(error)")
            }
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: interval) }
        }
    }
}
