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

    /// Whether a file of SKAB's data folder is an experiment to score: every `.csv` in a sub-folder but
    /// `anomaly-free` (SKAB's `load_skab`). The caller lists the folder and reads the files; this module does no I/O.
    public static func isExperiment(folder: String, file: String) -> Bool {
        folder != "anomaly-free" && file.hasSuffix(".csv")
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
