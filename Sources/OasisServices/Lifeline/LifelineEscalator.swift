import Foundation
import Logging
import OasisCore
import ServiceLifecycle

/// The lifeline module's clock, beside the server as the notification outbox's sender is: every `interval` it raises
/// the open alerts whose age calls for the next tier (unit → district → city) and runs the silence rules on the clock
/// (an offline sensor gets its alert without a reading arriving). Stops at once on a graceful shutdown.
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
                for alert in try await lifeline.escalate() {
                    logger.warning("lifeline alert escalated", metadata: ["alert": "\(alert.id)", "tier": "\(alert.escalation)"])
                }
            } catch {
                logger.warning("lifeline escalation: \(error)")
            }
            do {
                for change in try await lifeline.tick() {
                    logger.warning("lifeline sensor silent", metadata: ["sensor": "\(change.sensorID)", "rule": "\(change.rule)"])
                }
            } catch {
                logger.warning("lifeline silence: \(error)")
            }
            // The pause ends at once when the server shuts down, so that a stop never waits for the next round.
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: interval) }
        }
    }
}
