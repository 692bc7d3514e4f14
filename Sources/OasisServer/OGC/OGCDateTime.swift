import Foundation
import OasisServices

/// The `datetime` parameter's syntax (OGC API — Features Part 1): an RFC 3339 date-time, or an interval of two
/// separated by `/` where either end may be `..` or empty (half-bounded), but not both.
enum OGCDateTime {
    static func isValid(_ text: String) -> Bool {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        switch parts.count {
        case 1:
            return isInstant(parts[0])
        case 2:
            let open = parts.map { $0.isEmpty || $0 == ".." }
            if open[0] && open[1] { return false }
            return (open[0] || isInstant(parts[0])) && (open[1] || isInstant(parts[1]))
        default:
            return false
        }
    }

    /// RFC 3339 §5.6 date-time (`2026-11-29T08:00:00Z`, fractions and offsets allowed); a full date alone is
    /// taken too, as OGC examples use it.
    static func isInstant(_ text: String) -> Bool {
        let withFraction = ISO8601DateFormatter()
        withFraction.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        let plain = ISO8601DateFormatter()
        plain.formatOptions = [.withInternetDateTime]
        let day = ISO8601DateFormatter()
        day.formatOptions = [.withFullDate]
        return plain.date(from: text) != nil || withFraction.date(from: text) != nil || (text.count == 10 && day.date(from: text) != nil)
    }
}
