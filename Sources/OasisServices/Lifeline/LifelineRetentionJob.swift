import Foundation
import Logging
import OasisCore
import OasisStore
import ServiceLifecycle

/// Retention beside the server: once at start and then every `interval` it deletes what is older than the retention
/// settings (`LifelineService.prune`, in bounded chunks, one audit entry per run that deleted anything) and logs the
/// counts. Apart from the escalation and silence rounds, so that a long first prune never delays an alert. Stops at
/// once on a graceful shutdown.
public struct LifelineRetentionJob: Service {
    public let lifeline: LifelineService
    public let interval: Duration
    public let logger: Logger

    public init(lifeline: LifelineService, interval: Duration = .seconds(3600), logger: Logger) {
        self.lifeline = lifeline
        self.interval = interval
        self.logger = logger
    }

    public func run() async throws {
        while !Task.isCancelled && !Task.isShuttingDownGracefully {
            do {
                let pruned = try await lifeline.prune()
                if pruned.total > 0 {
                    logger.info(
                        "lifeline retention pruned",
                        metadata: [
                            "readings": "\(pruned.readings)", "minuteRollups": "\(pruned.minuteRollups)", "hourRollups": "\(pruned.hourRollups)",
                        ])
                }
            } catch {
                logger.warning("lifeline retention: \(error)")
            }
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: interval) }
        }
    }
}
