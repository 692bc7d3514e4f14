import Foundation

/// The readings of one sensor in one bucket (a minute, or an hour for the 1-hour rollups; `minute` is the bucket's
/// start): minimum, maximum, mean and count.
public struct LifelineMinuteRollup: Codable, Sendable, Equatable {
    public var minute: Date
    public var min: Double
    public var max: Double
    public var mean: Double
    public var count: Int

    public init(minute: Date, min: Double, max: Double, mean: Double, count: Int) {
        self.minute = minute
        self.min = min
        self.max = max
        self.mean = mean
        self.count = count
    }
}
