import Foundation

/// Oasis's rules on the Skoltech Anomaly Benchmark, run as SKAB's own baselines are (`core/utils.py`,
/// `preprocess_skab`: each experiment file split in order, the first 400 readings to learn from and the rest to
/// test on; the anomaly-free file is not used): each file is fed to a fresh tracker reading by reading from its
/// first line, so the rule learns its normal period from exactly those 400 readings, and only the alarms on the
/// remaining readings are scored (`SKABScore`).
public enum SKABBenchmark {
    /// The readings of each file that SKAB's baselines train on; they are never scored.
    public static let trainingReadings = 400
    /// The pump's sensors the default rule reads: flow, motor current, loop pressure.
    public static let sensors = ["Volume Flow RateRMS", "Current", "Pressure"]
    /// Oasis's default rule for a pump (`PCAStatisticRule.pumpDefault`) on those sensors.
    public static var defaultRule: AssetRule { .pcaStatistic(.pumpDefault(sensors: sensors)) }

    /// The experiment files below SKAB's data folder (every `.csv` in its sub-folders but `anomaly-free`), by path.
    public static func files(in directory: URL) throws -> [SKABFile] {
        let manager = FileManager.default
        var files: [SKABFile] = []
        for folder in try manager.contentsOfDirectory(atPath: directory.path).sorted() where folder != "anomaly-free" {
            let url = directory.appendingPathComponent(folder)
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue else { continue }
            for name in try manager.contentsOfDirectory(atPath: url.path).sorted() where name.hasSuffix(".csv") {
                let text = try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)
                files.append(try SKABFile(name: "\(folder)/\(name)", text: text))
            }
        }
        return files
    }

    /// Runs the rule over one file, online, and returns the scored part (after the training readings).
    public static func run(_ rule: AssetRule, on file: SKABFile) -> LabelledRun? {
        guard let rows = file.columns(rule.sensors) else { return nil }
        var tracker = AssetRuleTracker(rule: rule)
        var alarm: [Bool] = []
        alarm.reserveCapacity(rows.count)
        for (time, row) in zip(file.times, rows) {
            _ = tracker.observe(time: time, values: row)
            alarm.append(tracker.level != nil)
        }
        let scored = min(trainingReadings, rows.count)..<rows.count
        return LabelledRun(
            name: file.name, times: Array(file.times[scored]), anomaly: Array(file.anomaly[scored]),
            changepoint: Array(file.changepoint[scored]), alarm: Array(alarm[scored]))
    }

    /// The rule's score over all files (files without the rule's sensors are left out).
    public static func score(_ rule: AssetRule, on files: [SKABFile]) -> SKABScore {
        SKABScore(files.compactMap { run(rule, on: $0) })
    }
}
