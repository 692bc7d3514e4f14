import Foundation

/// The running state of one rule on one sensor: fed the sensor's readings in time order (and clock ticks for
/// silence), it reports each change of its one alert. Readings at or before the last one it saw are late: they
/// are kept and rolled up by the store but do not move the alert, so replaying a gateway's buffer cannot reopen
/// what has cleared.
public struct SensorRuleTracker: Sendable {
    public let rule: SensorRule
    public private(set) var level: AlertLevel?
    public private(set) var lastReadingTime: Date?
    /// Readings inside the rate rule's window.
    private var window = RateWindow()
    /// The flat-line rule's current run: its first reading and how many readings it holds.
    private var run: (time: Date, value: Double, count: Int)?

    public init(rule: SensorRule, level: AlertLevel? = nil, lastReadingTime: Date? = nil) {
        self.rule = rule
        self.level = level
        self.lastReadingTime = lastReadingTime
    }

    /// Feeds one reading; returns the alert's change, if any.
    public mutating func observe(time: Date, value: Double) -> AlertChange? {
        if let lastReadingTime, time <= lastReadingTime { return nil }
        lastReadingTime = time
        let next: AlertLevel?
        var shown: Double? = value
        switch rule {
        case .threshold(let threshold):
            next = threshold.level(for: value, current: level)
        case .rateOfChange(let rate):
            guard let perMinute = window.add(time: time, value: value, windowSeconds: rate.windowSeconds) else { return nil }
            next = rate.trips(perMinute) ? rate.level : nil
            shown = perMinute
        case .flatLine(let flat):
            next = observeRun(flat, time: time, value: value) ? flat.level : nil
        case .silence:
            next = nil
        }
        return move(to: next, at: time, value: shown)
    }

    /// Advances the clock without a reading: only the silence rule acts on it.
    public mutating func tick(at now: Date) -> AlertChange? {
        guard case .silence(let silence) = rule, level == nil, let lastReadingTime else { return nil }
        guard now.timeIntervalSince(lastReadingTime) >= silence.minutes * 60 else { return nil }
        return move(to: silence.level, at: lastReadingTime.addingTimeInterval(silence.minutes * 60), value: nil)
    }

    private mutating func move(to next: AlertLevel?, at time: Date, value: Double?) -> AlertChange? {
        let change = AlertChange.between(level, next, at: time, value: value)
        level = next
        return change
    }

    /// Extends or restarts the flat-line run; true when the run is long enough to be stuck.
    private mutating func observeRun(_ rule: FlatLineRule, time: Date, value: Double) -> Bool {
        guard let current = run, abs(value - current.value) <= rule.tolerance else {
            run = (time, value, 1)
            return false
        }
        run = (current.time, current.value, current.count + 1)
        return current.count + 1 >= 3 && time.timeIntervalSince(current.time) >= rule.minutes * 60
    }
}
