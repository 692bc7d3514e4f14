import Foundation
import NIOConcurrencyHelpers
import OasisCore
import OasisCredentials
import OasisStore

/// Open311 `api_key`s are Oasis API tokens. Resolving one costs two reads, so a resolved key is remembered for
/// a short time: the intake path then reads nothing before it writes. A user disabled or changed, or a token
/// revoked, through this server's API is forgotten at once (`forgetAll`); through another server or the CLI it
/// stops working within `lifetime` seconds.
public final class APIKeyCache: Sendable {
    private let store: Store
    private let lifetime: TimeInterval
    private let entries = NIOLockedValueBox<[String: (principal: Principal?, until: Date)]>([:])

    public init(store: Store, lifetime: TimeInterval = 30) {
        self.store = store
        self.lifetime = lifetime
    }

    /// Drops every remembered key, after a change to users or tokens.
    public func forgetAll() {
        entries.withLockedValue { $0.removeAll() }
    }

    public func principal(forKey key: String) async throws -> Principal? {
        let hash = SecretToken.hash(key)
        let now = Date()
        if let entry = entries.withLockedValue({ $0[hash] }), entry.until > now { return entry.principal }
        let principal = try await store.principal(tokenHash: hash)
        entries.withLockedValue { entries in
            if entries.count > 10_000 { entries.removeAll() }
            entries[hash] = (principal, now + lifetime)
        }
        return principal
    }
}
