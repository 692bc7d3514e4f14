import Foundation
import Logging
import OasisCore
import ServiceLifecycle

/// Escalates unacknowledged lifeline alerts: every `interval` it raises the open alerts whose age calls for the next
/// tier (unit → district → city). Runs beside the server, as the notification outbox's sender does.
public struct LifelineEscalator: Service {
    public let lifeline: LifelineService
    public let interval: Duration
    public let logger: Logger

    public init(lifeline: LifelineService, interval: Duration = .seconds(15), logger: Logger) {
        self.lifeline = lifeline
        self.interval = interval
        self.logger = logger
    }

    public func run() async throws {
        while !Task.isCancelled && !Task.isShuttingDownGracefully {
            do {
                let raised = try await lifeline.escalate()
                for alert in raised {
                    logger.warning("lifeline alert escalated", metadata: ["alert": "\(alert.id)", "tier": "\(alert.escalation)"])
                }
            } catch {
                logger.warning("lifeline escalation: \(error)")
            }
            // The pause ends at once when the server shuts down, so that a stop never waits for the next round.
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: interval) }
        }
    }
}
