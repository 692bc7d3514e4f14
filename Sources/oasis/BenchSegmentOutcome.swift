import Foundation
import OasisCore

/// Alarms on a series against labelled segments (index ranges): which segments an alarm touched and how many
/// readings after the segment's start it first did, and the alarms outside every segment.
struct SegmentOutcome: Encodable {
    var rule: String
    var segmentsHit: [Bool]
    var delays: [Int?]
    var alarmedReadings: Int
    var alarmedOutsideSegments: Int
    var falseAlarmEpisodes: Int
    var readings: Int

    init(rule: String, alarm: [Bool], segments: [ClosedRange<Int>]) {
        self.rule = rule
        readings = alarm.count
        segmentsHit = segments.map { range in range.contains { alarm[$0] } }
        delays = segments.map { range in range.first { alarm[$0] }.map { $0 - range.lowerBound } }
        alarmedReadings = alarm.count(where: { $0 })
        let inside = { (index: Int) in segments.contains { $0.contains(index) } }
        alarmedOutsideSegments = alarm.indices.count(where: { alarm[$0] && !inside($0) })
        var episodes = 0
        var index = 0
        while index < alarm.count {
            guard alarm[index] else {
                index += 1
                continue
            }
            var end = index
            while end + 1 < alarm.count, alarm[end + 1] { end += 1 }
            if !(index...end).contains(where: inside) { episodes += 1 }
            index = end + 1
        }
        falseAlarmEpisodes = episodes
    }
}
