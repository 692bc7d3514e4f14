import ArgumentParser
import Foundation
import OasisCore

/// One WHUT pump run (10 Hz; the time column's format differs between files, so a reading's time is its row
/// number ÷ 10 s). No run is labelled: all are normal operation with 1 to 5 pumps. Reported: the share of
/// readings the default pump rule (on flow1, flow2, pre1, pre2) alarms on when it learns from the run's own first
/// 400 readings (40 s; every alarm is false), the same when it learns from the run's first 3,000 readings
/// (5 minutes), and when it learns from the previous run's first 400 readings (one pump fewer: a change of
/// operating point it should flag).
struct WHUTReport: Encodable {
    var run: String
    var readings: Int
    var alarmedShareOwnStart: Double
    var alarmedShareOwnFiveMinutes: Double
    var alarmedShareAfterPreviousRun: Double?

    static let sensors = ["flow1", "flow2", "pre1", "pre2"]

    static func run(_ folder: URL) throws -> [WHUTReport] {
        var reports: [WHUTReport] = []
        var previous: [[Double]]?
        for pumps in 1...5 {
            let rows = try readRows(folder.appendingPathComponent("\(pumps)pump.csv"))
            let rule = PCAStatisticRule.pumpDefault(sensors: sensors)
            let own = alarmShare(rule, rows: rows)
            var longer = rule
            longer.learningReadings = 3000
            let ownFive = alarmShare(longer, rows: rows)
            let after = previous.map { alarmShare(rule, rows: Array($0.prefix(rule.learningReadings)) + rows, scoredFrom: rule.learningReadings) }
            reports.append(
                WHUTReport(
                    run: "\(pumps)pump", readings: rows.count, alarmedShareOwnStart: own, alarmedShareOwnFiveMinutes: ownFive,
                    alarmedShareAfterPreviousRun: after))
            previous = rows
        }
        return reports
    }

    /// The share of readings after the normal period (or after `scoredFrom`) on which an alert is open.
    static func alarmShare(_ rule: PCAStatisticRule, rows: [[Double]], scoredFrom: Int? = nil) -> Double {
        var tracker = AssetRuleTracker(rule: .pcaStatistic(rule))
        var alarmed = 0
        let first = scoredFrom ?? rule.learningReadings
        for (index, row) in rows.enumerated() {
            _ = tracker.observe(time: Date(timeIntervalSince1970: Double(index) / 10), values: row)
            if index >= first, tracker.level != nil { alarmed += 1 }
        }
        return Double(alarmed) / Double(max(rows.count - first, 1))
    }

    static func readRows(_ url: URL) throws -> [[Double]] {
        let lines = try String(contentsOf: url, encoding: .utf8).split(whereSeparator: \.isNewline)
        guard let header = lines.first?.split(separator: ",", omittingEmptySubsequences: false).map({ $0.trimmingCharacters(in: .whitespaces) })
        else { return [] }
        let indices = sensors.compactMap { header.firstIndex(of: $0) }
        guard indices.count == sensors.count else { throw ValidationError("\(url.lastPathComponent) lacks one of \(sensors)") }
        return lines.dropFirst().compactMap { line in
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            let values = indices.compactMap { $0 < fields.count ? Double(fields[$0].trimmingCharacters(in: .whitespaces)) : nil }
            return values.count == indices.count ? values : nil
        }
    }
}
