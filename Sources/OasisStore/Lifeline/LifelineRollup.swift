import Foundation

/// The readings of one sensor in one bucket of a rollup (a minute or an hour, by the resolution it was read at):
/// the bucket's start, minimum, maximum, mean and count.
public struct LifelineRollup: Codable, Sendable, Equatable {
    public var start: Date
    public var min: Double
    public var max: Double
    public var mean: Double
    public var count: Int

    public init(start: Date, min: Double, max: Double, mean: Double, count: Int) {
        self.start = start
        self.min = min
        self.max = max
        self.mean = mean
        self.count = count
    }
}
