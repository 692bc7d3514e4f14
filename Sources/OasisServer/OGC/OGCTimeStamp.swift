import Foundation
import OasisServices

/// The items pages' `timeStamp` (RFC 3339, whole seconds, UTC), formatted once a second rather than on every
/// request: formatting cost more than the rest of a small page's JSON.
final class OGCTimeStamp: @unchecked Sendable {
    private let lock = NSLock()
    private var second = Int64.min
    private var text = ""

    func string(for date: Date) -> String {
        let now = Int64(date.timeIntervalSince1970.rounded(.down))
        return lock.withLock {
            if now != second {
                second = now
                text = Date(timeIntervalSince1970: TimeInterval(now)).formatted(.iso8601)
            }
            return text
        }
    }
}
