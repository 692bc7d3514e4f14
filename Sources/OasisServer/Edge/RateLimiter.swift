import Foundation
import NIOConcurrencyHelpers
import OasisCore
import OasisServices

/// Token buckets by key (an API key's hash, a client address): each holds up to a minute's allowance and
/// refills continuously, so a steady client at the allowed rate is never refused while a flood is cut to
/// the rate. A lock, not an actor: one short critical section per request on the intake's hot path.
final class RateLimiter: Sendable {
    private struct Bucket {
        var tokens: Double
        var updated: Double
    }

    let perMinute: Int
    private let buckets = NIOLockedValueBox<[String: Bucket]>([:])
    private let now: @Sendable () -> Double

    /// `perMinute` 0 disables the limiter.
    init(perMinute: Int, now: @escaping @Sendable () -> Double = { ProcessInfo.processInfo.systemUptime }) {
        self.perMinute = perMinute
        self.now = now
    }

    /// Takes one token from every key's bucket, or none when any is empty; then returns the whole seconds
    /// to wait for the emptiest (at least 1).
    func admit(_ keys: [String]) -> Int? {
        guard perMinute > 0 else { return nil }
        let capacity = Double(perMinute)
        let perSecond = capacity / 60
        let time = now()
        return buckets.withLockedValue { buckets -> Int? in
            var refilled: [Bucket] = []
            for key in keys {
                var bucket = buckets[key] ?? Bucket(tokens: capacity, updated: time)
                bucket.tokens = min(capacity, bucket.tokens + (time - bucket.updated) * perSecond)
                bucket.updated = time
                refilled.append(bucket)
            }
            if let lowest = refilled.map(\.tokens).min(), lowest < 1 {
                for (key, bucket) in zip(keys, refilled) { buckets[key] = bucket }
                return max(1, Int(((1 - lowest) / perSecond).rounded(.up)))
            }
            for (key, var bucket) in zip(keys, refilled) {
                bucket.tokens -= 1
                buckets[key] = bucket
            }
            // Full buckets carry no information: drop them when the table grows (many one-off clients).
            if buckets.count > 100_000 {
                buckets = buckets.filter { $0.value.tokens + (time - $0.value.updated) * perSecond < capacity }
            }
            return nil
        }
    }

    /// Admits the request or throws 429 with the seconds to wait.
    func require(_ keys: [String]) throws(OasisError) {
        guard let wait = admit(keys) else { return }
        throw OasisError(
            kind: .tooManyRequests, code: "intake_rate_limited",
            message: "Too many submissions from this key, account or address (\(perMinute) a minute); try again in \(wait) s.",
            retryAfterSeconds: wait)
    }
}
