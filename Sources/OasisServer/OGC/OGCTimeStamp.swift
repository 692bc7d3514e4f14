import Foundation
import OasisServices
import Synchronization

/// The items pages' `timeStamp` (RFC 3339, whole seconds, UTC), formatted once a second rather than on every
/// request: formatting cost more than the rest of a small page's JSON.
final class OGCTimeStamp: Sendable {
    private let current = Mutex<(second: Int64, text: String)>((Int64.min, ""))

    func string(for date: Date) -> String {
        let now = Int64(date.timeIntervalSince1970.rounded(.down))
        return current.withLock { current in
            if now != current.second {
                current = (now, Date(timeIntervalSince1970: TimeInterval(now)).formatted(.iso8601))
            }
            return current.text
        }
    }
}
