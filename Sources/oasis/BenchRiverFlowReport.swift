import Foundation
import OasisCore

/// river's WaterFlow series (hourly, l/s). Its documentation names four anomalous segments without timestamps
/// (three "low value" moments and a small peak after the first two); the segments used here are read from the
/// data: the runs below 95 l/s (readings 95–111, 213–224, 873–887, 0-based after the header) and the one-hour
/// peak of 109.7 l/s at reading 330 (3 April 06:00). Two rules: the learnt z-rule (a one-sensor
/// `PCAStatisticRule` with the default pump limits, learnt from the first 72 hours), and a threshold a duty
/// officer would set from the branch's design flow (below 90 l/s yellow, below 50 orange, hysteresis 5).
struct RiverFlowReport: Encodable {
    var segments: [[Int]]
    var outcomes: [SegmentOutcome]

    static let segments: [ClosedRange<Int>] = [95...111, 213...224, 330...330, 873...887]

    static func run(_ url: URL) throws -> RiverFlowReport {
        let lines = try String(contentsOf: url, encoding: .utf8).split(whereSeparator: \.isNewline).dropFirst()
        let formatter = ISO8601DateFormatter()
        var times: [Date] = []
        var values: [Double] = []
        for line in lines {
            let fields = line.split(separator: ",")
            guard fields.count == 2, let time = formatter.date(from: String(fields[0])), let value = Double(fields[1]) else { continue }
            times.append(time)
            values.append(value)
        }
        var learnt = PCAStatisticRule.pumpDefault(sensors: ["flow"])
        learnt.learningReadings = 72
        learnt.smoothingReadings = 1
        var tracker = AssetRuleTracker(rule: .pcaStatistic(learnt))
        let learntAlarm = zip(times, values).map { time, value in
            _ = tracker.observe(time: time, values: [value])
            return tracker.level != nil
        }
        var threshold = SensorRuleTracker(
            rule: .threshold(ThresholdRule(direction: .below, limits: [.yellow: 90, .orange: 50], hysteresis: 5)))
        let thresholdAlarm = zip(times, values).map { time, value in
            _ = threshold.observe(time: time, value: value)
            return threshold.level != nil
        }
        return RiverFlowReport(
            segments: segments.map { [$0.lowerBound, $0.upperBound] },
            outcomes: [
                SegmentOutcome(rule: "learnt z (first 72 h)", alarm: learntAlarm, segments: segments),
                SegmentOutcome(rule: "threshold below 90 l/s", alarm: thresholdAlarm, segments: segments),
            ])
    }
}
