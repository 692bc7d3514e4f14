import Foundation
import Logging
import OasisCore
import OasisStore
import ServiceLifecycle

/// The lifeline module's clock, beside the server as the notification outbox's sender is: every `interval` it raises
/// the open alerts whose age calls for the next tier (unit → district → city) and runs the silence rules on the
/// clock (an offline sensor gets its alert without a reading arriving); every `pruneInterval` (and once at start) it
/// deletes what is older than the retention settings. Stops at once on a graceful shutdown.
public struct LifelineEscalator: Service {
    public let lifeline: LifelineService
    public let interval: Duration
    public let pruneInterval: Duration
    public let logger: Logger

    public init(lifeline: LifelineService, interval: Duration = .seconds(15), pruneInterval: Duration = .seconds(3600), logger: Logger) {
        self.lifeline = lifeline
        self.interval = interval
        self.pruneInterval = pruneInterval
        self.logger = logger
    }

    public func run() async throws {
        let clock = ContinuousClock()
        var lastPrune: ContinuousClock.Instant?
        while !Task.isCancelled && !Task.isShuttingDownGracefully {
            await step("escalation") {
                for alert in try await lifeline.escalate() {
                    logger.warning("lifeline alert escalated", metadata: ["alert": "\(alert.id)", "tier": "\(alert.escalation)"])
                }
            }
            await step("silence") {
                for change in try await lifeline.tick() {
                    logger.warning("lifeline sensor silent", metadata: ["sensor": "\(change.sensorID)", "rule": "\(change.rule)"])
                }
            }
            if lastPrune.map({ clock.now - $0 >= pruneInterval }) ?? true {
                lastPrune = clock.now
                await step("retention") {
                    let pruned = try await lifeline.prune()
                    if pruned.total > 0 {
                        logger.info(
                            "lifeline retention pruned",
                            metadata: [
                                "readings": "\(pruned.readings)", "minuteRollups": "\(pruned.minuteRollups)", "hourRollups": "\(pruned.hourRollups)",
                            ])
                    }
                }
            }
            // The pause ends at once when the server shuts down, so that a stop never waits for the next round.
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: interval) }
        }
    }

    /// Runs one part of a round; a failure is logged and the next round tries again.
    private func step(_ name: String, _ body: () async throws -> Void) async {
        do {
            try await body()
        } catch {
            logger.warning("lifeline \(name): \(error)")
        }
    }
}
