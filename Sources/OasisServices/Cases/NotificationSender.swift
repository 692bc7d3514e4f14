import Foundation
import Logging
import OasisStore
import ServiceLifecycle

/// Drains the notification outbox: every few seconds, claims what is due (so that several servers on one
/// database never send the same message twice while the claim's lease lasts), sends it through the transport,
/// marks what was delivered, and retries the rest later (given up after eight attempts). Runs beside the server.
public struct NotificationSender: Service {
    public let store: Store
    public let transport: any NotificationTransport
    public let interval: Duration
    public let logger: Logger

    public init(store: Store, transport: any NotificationTransport, interval: Duration = .seconds(5), logger: Logger) {
        self.store = store
        self.transport = transport
        self.interval = interval
        self.logger = logger
    }

    public func run() async throws {
        await RepeatingRounds.run(every: interval, logger: logger, label: "notification outbox") { _ = try await sendPending() }
    }

    /// One round: returns how many messages were delivered.
    public func sendPending(limit: Int = 200) async throws -> Int {
        var delivered = 0
        for message in try await store.cases.claimNotifications(limit: limit) {
            let sent = await transport.deliver(message.payload)
            try await store.cases.markNotification(message.id, sent: sent)
            if sent { delivered += 1 }
        }
        return delivered
    }
}
