import Foundation

/// Scores alarms against labels with the Skoltech Anomaly Benchmark's protocol (Katser & Kozitsin, SKAB,
/// github.com/waico/SKAB: `core/metrics.py`, `chp_score`, and its notebooks, e.g. `notebooks/t2_with_q_SKAB.ipynb`),
/// reimplemented here from its definition:
///
/// - Outlier detection, reading by reading over all runs together: F1 = TP / (TP + (FN + FP)/2), the false-alarm
///   rate FAR = FP / (FP + TN) and the missing-alarm rate MAR = FN / (FN + TP), both in per cent.
/// - Changepoint detection, NAB: every labelled changepoint opens a window from its time to `windowSeconds` after
///   (SKAB's leaderboard: 60 s, "righter"); when a window would reach into the next one, the next one starts where
///   the first ends ("cut right window"). The predicted changepoints are the readings where the alarm opens or
///   clears. In each window the first prediction is a detection, rewarded by `NABProfile.reward` at its position;
///   a window without one is missed; every prediction outside all windows is a false alarm (one exactly on a
///   window's edge is inside). Per profile, score S = Σ rewards + A_fp·false alarms + A_fn·misses over all runs,
///   and NAB = 100 · (S − S_null) / (S_perfect − S_null) with S_perfect = A_tp·windows and S_null = A_fn·windows.
///
/// SKAB prints each figure rounded to two decimals; these are kept unrounded.
public struct SKABScore: Sendable, Hashable {
    public var truePositives = 0
    public var trueNegatives = 0
    public var falsePositives = 0
    public var falseNegatives = 0
    /// Labelled changepoints (windows), those missed, and the predicted changepoints outside every window.
    public var changepoints = 0
    public var missedChangepoints = 0
    public var falseChangepoints = 0
    /// NAB per profile in per cent, in the order of `NABProfile.all` (standard, low FP, low FN).
    public var nab: [Double] = []

    public var f1: Double {
        let denominator = Double(truePositives) + Double(falseNegatives + falsePositives) / 2
        return denominator > 0 ? Double(truePositives) / denominator : 0
    }

    /// False-alarm rate, per cent.
    public var falseAlarmRate: Double {
        falsePositives + trueNegatives > 0 ? 100 * Double(falsePositives) / Double(falsePositives + trueNegatives) : 0
    }

    /// Missing-alarm rate, per cent.
    public var missingAlarmRate: Double {
        falseNegatives + truePositives > 0 ? 100 * Double(falseNegatives) / Double(falseNegatives + truePositives) : 0
    }

    public var nabStandard: Double { nab[0] }
    public var nabLowFalsePositives: Double { nab[1] }
    public var nabLowFalseNegatives: Double { nab[2] }

    public init(_ runs: [LabelledRun], windowSeconds: Double = 60) {
        var sums = NABProfile.all.map { _ in (score: 0.0, null: 0.0, perfect: 0.0) }
        for run in runs {
            for (anomalous, alarmed) in zip(run.anomaly, run.alarm) {
                switch (anomalous, alarmed) {
                case (true, true): truePositives += 1
                case (false, false): trueNegatives += 1
                case (false, true): falsePositives += 1
                case (true, false): falseNegatives += 1
                }
            }
            let outcome = Self.changepointOutcome(run, windowSeconds: windowSeconds)
            changepoints += outcome.windows
            missedChangepoints += outcome.missed
            falseChangepoints += outcome.falseAlarms
            for (index, profile) in NABProfile.all.enumerated() {
                sums[index].score +=
                    outcome.detections.reduce(0) { $0 + profile.reward(at: $1) } + profile.falsePositive * Double(outcome.falseAlarms)
                    + profile.falseNegative * Double(outcome.missed)
                sums[index].null += profile.falseNegative * Double(outcome.windows)
                sums[index].perfect += profile.truePositive * Double(outcome.windows)
            }
        }
        nab = sums.map { $0.perfect != $0.null ? 100 * ($0.score - $0.null) / ($0.perfect - $0.null) : 0 }
    }

    /// One run's windows, the positions (0…1) of its detections, its missed windows and its false alarms.
    static func changepointOutcome(_ run: LabelledRun, windowSeconds: Double) -> (
        windows: Int, detections: [Double], missed: Int, falseAlarms: Int
    ) {
        var windows = run.changepoint.indices.filter { run.changepoint[$0] }.map { index in
            let start = run.times[index].timeIntervalSince1970
            return (start: start, end: start + windowSeconds)
        }
        for index in windows.indices.dropLast() where windows[index].end >= windows[index + 1].start {
            windows[index + 1].start = windows[index].end
        }
        let predicted = run.predictedChangepoints.map(\.timeIntervalSince1970)
        var detections: [Double] = []
        var missed = 0
        let falseAlarms = predicted.count(where: { time in !windows.contains { time >= $0.start && time <= $0.end } })
        for window in windows {
            if let first = predicted.first(where: { $0 >= window.start && $0 <= window.end }) {
                let width = window.end - window.start
                detections.append(width > 0 ? (first - window.start) / width : 0)
            } else {
                missed += 1
            }
        }
        return (windows.count, detections, missed, falseAlarms)
    }
}
