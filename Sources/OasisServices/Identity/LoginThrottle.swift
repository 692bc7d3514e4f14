import Foundation
import OasisCore

/// Slows down password guessing: after `freeFailures` failed sign-ins for one username, or from one
/// address, each further attempt must wait, doubling up to 15 minutes. A success clears the username.
/// Kept in memory per process; several servers behind a balancer each keep their own count.
public actor LoginThrottle {
    private struct Record {
        var failures: Int
        var lockedUntil: Date
    }

    private var records: [String: Record] = [:]
    public let freeFailures: Int
    public let clock: any OasisClock

    public init(freeFailures: Int, clock: any OasisClock) {
        self.freeFailures = freeFailures
        self.clock = clock
    }

    /// Seconds to wait before the next attempt for this username or address, or 0.
    public func waitSeconds(username: String, address: String) -> Int {
        let now = clock.now()
        let keys = ["user:" + username.lowercased(), "addr:" + address]
        let until = keys.compactMap { records[$0]?.lockedUntil }.max() ?? now
        return max(0, Int(until.timeIntervalSince(now).rounded(.up)))
    }

    public func recordFailure(username: String, address: String) {
        let now = clock.now()
        for key in ["user:" + username.lowercased(), "addr:" + address] {
            var record = records[key] ?? Record(failures: 0, lockedUntil: now)
            record.failures += 1
            if record.failures >= freeFailures {
                let delay = min(900, pow(2, Double(record.failures - freeFailures)) * 1)
                record.lockedUntil = now + delay
            }
            records[key] = record
        }
        if records.count > 100_000 { records = records.filter { $0.value.lockedUntil > now } }
    }

    public func recordSuccess(username: String) {
        records["user:" + username.lowercased()] = nil
    }
}
