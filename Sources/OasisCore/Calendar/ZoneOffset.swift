import Foundation

/// Whether a time zone keeps one offset from UTC from 2000-01-01 on (no daylight saving, no change of zone): then
/// `WorkingCalendar` converts instants after that date by adding the offset, the same answer as the time-zone
/// database's, without asking it for every case.
enum ZoneOffset {
    /// 2000-01-01T00:00:00Z in seconds since 1970.
    static let fixedSince: Double = 946_684_800

    /// The zone's offset in seconds when it has no transition after `fixedSince`, else nil.
    static func fixed(_ zone: TimeZone) -> Int? {
        let since = Date(timeIntervalSince1970: fixedSince)
        guard zone.nextDaylightSavingTimeTransition(after: since) == nil else { return nil }
        let offset = zone.secondsFromGMT(for: since)
        // A zone that moved its standard offset (no daylight saving) after 2000 is caught by comparing a late date.
        guard zone.secondsFromGMT(for: Date(timeIntervalSince1970: 4_102_444_800)) == offset else { return nil }
        return offset
    }
}
