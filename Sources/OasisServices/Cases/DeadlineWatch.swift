import Foundation
import Logging
import OasisCore
import OasisStore
import ServiceLifecycle

/// The deadline watch (临期预警, 超期督办), beside the server: every `interval`, the cases that reached their warning
/// time are warned (an event in the case's history, an audit entry and a notice to the handling unit and its
/// supervisor through the outbox) and the cases past their deadline are put under supervision by the system (the
/// queues show them as supervised), each once per deadline even with several servers on one database.
public struct DeadlineWatch: Service {
    public let store: Store
    public let interval: Duration
    public let logger: Logger

    public init(store: Store, interval: Duration = .seconds(30), logger: Logger) {
        self.store = store
        self.interval = interval
        self.logger = logger
    }

    public func run() async throws {
        await RepeatingRounds.run(every: interval, logger: logger, label: "deadline watch") {
            let round = try await watch()
            if !round.warned.isEmpty || !round.supervised.isEmpty {
                logger.notice("deadline watch", metadata: ["warned": "\(round.warned)", "supervised": "\(round.supervised)"])
            }
        }
    }

    /// One round at the store's clock.
    public func watch(limit: Int = 200) async throws -> DeadlineWatchRound {
        try await store.cases.watchDeadlines(limit: limit) { kind, item in
            let key: MessageKey = kind == .overdue ? "hotline_notice_overdue" : "hotline_notice_deadline_warning"
            return MessageCatalogue.standard.text(
                key, .zhHans, String(item.id), item.workflow.unit ?? "—", item.deadlines.map { NumberFormat.chinaTime($0.resolveBy) } ?? "—")
        }
    }
}
