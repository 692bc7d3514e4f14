import Foundation

/// Delivers one outbox message; true when the receiver accepted it.
public protocol NotificationTransport: Sendable {
    func deliver(_ payload: String) async -> Bool
}
