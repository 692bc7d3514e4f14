import ArgumentParser
import Foundation
import OasisCore

/// `oasis bench lifeline-data`: the lifeline rules on the real labelled sensor data in ../shared (bench/skab):
/// the SKAB score of the default pump rule, and what the rules do on the river water-flow series and the WHUT
/// pump runs. Prints JSON.
extension BenchCommand {
    struct LifelineData: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lifeline-data", abstract: "Score the lifeline rules on SKAB, the river flow series and the WHUT pump runs (JSON).")
        @Option(help: "SKAB's data folder (valve1/, valve2/, other/, anomaly-free/).") var skab: String?
        @Option(help: "river_water_flow_hourly.csv.") var river: String?
        @Option(help: "The WHUT pipeline folder (1pump.csv … 5pump.csv).") var whut: String?

        func run() throws {
            var report: [String: LifelineDataReport] = [:]
            if let skab {
                let start = ContinuousClock.now
                let files = try Self.experiments(URL(fileURLWithPath: skab))
                let score = SKABBenchmark.score(SKABBenchmark.defaultRule, on: files)
                var figures = SKABFigures(score, files: files.count, seconds: (ContinuousClock.now - start).seconds)
                for folder in Set(files.map { $0.name.prefix { $0 != "/" } }) {
                    let group = files.filter { $0.name.hasPrefix(folder + "/") }
                    var part = SKABFigures(SKABBenchmark.score(SKABBenchmark.defaultRule, on: group), files: group.count, seconds: 0)
                    part.rule = nil
                    figures.folders[String(folder)] = part
                }
                report["skab"] = .skab(figures)
            }
            if let river { report["river"] = .river(try RiverFlowReport.run(URL(fileURLWithPath: river))) }
            if let whut { report["whut"] = .whut(try WHUTReport.run(URL(fileURLWithPath: whut))) }
            Console.line(try JSONOutput.encode(report))
        }

        /// SKAB's experiment files below its data folder, by folder and name.
        static func experiments(_ root: URL) throws -> [SKABFile] {
            let manager = FileManager.default
            var files: [SKABFile] = []
            for folder in try manager.contentsOfDirectory(atPath: root.path).sorted() {
                let url = root.appendingPathComponent(folder)
                guard let names = try? manager.contentsOfDirectory(atPath: url.path) else { continue }
                for name in names.sorted() where SKABBenchmark.isExperiment(folder: folder, file: name) {
                    files.append(
                        try SKABFile(name: "\(folder)/\(name)", text: try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)))
                }
            }
            return files
        }
    }
}

enum LifelineDataReport: Encodable {
    case skab(SKABFigures)
    case river(RiverFlowReport)
    case whut([WHUTReport])

    func encode(to encoder: any Encoder) throws {
        switch self {
        case .skab(let figures): try figures.encode(to: encoder)
        case .river(let report): try report.encode(to: encoder)
        case .whut(let runs): try runs.encode(to: encoder)
        }
    }
}

struct SKABFigures: Encodable {
    var files: Int
    var seconds: Double
    var f1, far, mar, nabStandard, nabLowFP, nabLowFN: Double
    var truePositives, trueNegatives, falsePositives, falseNegatives: Int
    var changepoints, missedChangepoints, falseChangepoints: Int
    var rule: AssetRule?
    /// The same score on each folder's files alone (valve1, valve2, other).
    var folders: [String: SKABFigures] = [:]

    init(_ score: SKABScore, files: Int, seconds: Double) {
        self.files = files
        self.seconds = seconds
        f1 = score.f1
        far = score.falseAlarmRate
        mar = score.missingAlarmRate
        nabStandard = score.nabStandard
        nabLowFP = score.nabLowFalsePositives
        nabLowFN = score.nabLowFalseNegatives
        truePositives = score.truePositives
        trueNegatives = score.trueNegatives
        falsePositives = score.falsePositives
        falseNegatives = score.falseNegatives
        changepoints = score.changepoints
        missedChangepoints = score.missedChangepoints
        falseChangepoints = score.falseChangepoints
        rule = SKABBenchmark.defaultRule
    }
}

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
