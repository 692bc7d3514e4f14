import Foundation

/// What one retention run deleted, and the cut-offs it kept to (rows older than a cut-off go; `hoursBefore` is nil
/// when the 1-hour rollups are kept for ever). The audit log keeps it as one `lifeline.retention.prune` entry.
public struct LifelinePruneSummary: Codable, Sendable, Equatable {
    public var readings: Int
    public var minuteRollups: Int
    public var hourRollups: Int
    public var readingsBefore: Date
    public var minutesBefore: Date
    public var hoursBefore: Date?

    public init(readings: Int, minuteRollups: Int, hourRollups: Int, readingsBefore: Date, minutesBefore: Date, hoursBefore: Date?) {
        self.readings = readings
        self.minuteRollups = minuteRollups
        self.hourRollups = hourRollups
        self.readingsBefore = readingsBefore
        self.minutesBefore = minutesBefore
        self.hoursBefore = hoursBefore
    }

    /// Rows deleted in all.
    public var total: Int { readings + minuteRollups + hourRollups }
}
