import Foundation
import OasisStore

/// What a sensor's series is read from, by the span asked for: the raw readings (with their 1-minute rollups) up to
/// 6 hours, the 1-minute rollups up to 3 days, the 1-hour rollups beyond — so that a year's chart is 8,760 points and
/// still drawn after the raw readings and minute rollups have passed their retention.
enum LifelineSeriesResolution: String, Codable, Sendable {
    case raw
    case minute
    case hour

    static let rawSpan: TimeInterval = 6 * 3600
    static let minuteSpan: TimeInterval = 3 * 86_400

    init(span: TimeInterval) {
        self = span <= Self.rawSpan ? .raw : span <= Self.minuteSpan ? .minute : .hour
    }

    /// The rollups read beside (or instead of) the readings.
    var rollups: LifelineRollupResolution { self == .hour ? .hour : .minute }
}
