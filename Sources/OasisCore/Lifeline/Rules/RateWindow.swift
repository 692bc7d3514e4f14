import Foundation

/// The readings of one sensor inside a trailing time window, for rates of change: each new reading's rate is its
/// change since the earliest reading still inside the window, per minute.
struct RateWindow: Sendable {
    private var readings: [(time: Date, value: Double)] = []
    private var start = 0

    /// Adds the reading and returns its rate per minute, or nil when the window held no earlier reading.
    mutating func add(time: Date, value: Double, windowSeconds: Double) -> Double? {
        while start < readings.count, time.timeIntervalSince(readings[start].time) > windowSeconds { start += 1 }
        if start > 64, start * 2 > readings.count {
            readings.removeFirst(start)
            start = 0
        }
        defer { readings.append((time, value)) }
        guard start < readings.count else { return nil }
        let earliest = readings[start]
        return (value - earliest.value) / time.timeIntervalSince(earliest.time) * 60
    }
}
