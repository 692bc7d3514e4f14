import Foundation
import Logging
import OasisCore
import OasisStore
import ServiceLifecycle

/// The lifeline module's clock, beside the server as the notification outbox's sender is. Two rounds run side by side,
/// so that a long prune never delays an alert:
/// - every `interval` it raises the open alerts whose age calls for the next tier (unit → district → city) and runs
///   the silence rules on the clock (an offline sensor gets its alert without a reading arriving);
/// - once at start and then every `retentionInterval` it deletes what is older than the retention settings
///   (`LifelineService.prune`: bounded chunks, one audit entry per run that deleted anything) and logs the counts.
/// Both stop at once on a graceful shutdown.
public struct LifelineEscalator: Service {
    public let lifeline: LifelineService
    public let interval: Duration
    public let retentionInterval: Duration
    public let logger: Logger

    public init(lifeline: LifelineService, interval: Duration = .seconds(15), retentionInterval: Duration = .seconds(3600), logger: Logger) {
        self.lifeline = lifeline
        self.interval = interval
        self.retentionInterval = retentionInterval
        self.logger = logger
    }

    public func run() async throws {
        await withDiscardingTaskGroup { group in
            group.addTask { await RepeatingRounds.run(every: interval, logger: logger, label: "lifeline escalation and silence", alertRound) }
            group.addTask { await RepeatingRounds.run(every: retentionInterval, logger: logger, label: "lifeline retention", retentionRound) }
        }
    }

    func alertRound() async throws {
        for alert in try await lifeline.escalate() {
            logger.warning("lifeline alert escalated", metadata: ["alert": "\(alert.id)", "tier": "\(alert.escalation)"])
        }
        for change in try await lifeline.tick() {
            logger.warning("lifeline sensor silent", metadata: ["sensor": "\(change.sensorID)", "rule": "\(change.rule)"])
        }
    }

    func retentionRound() async throws {
        let pruned = try await lifeline.prune()
        guard pruned.total > 0 else { return }
        logger.info(
            "lifeline retention pruned",
            metadata: ["readings": "\(pruned.readings)", "minuteRollups": "\(pruned.minuteRollups)", "hourRollups": "\(pruned.hourRollups)"])
    }
}
