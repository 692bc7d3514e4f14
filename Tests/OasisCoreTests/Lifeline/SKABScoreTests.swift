import Foundation
import OasisCore
import Testing

/// SKAB's scoring protocol on two tiny hand-made runs; every expected figure is worked out by hand below from the
/// protocol's definition (`SKABScore`).
@Suite("SKAB scoring on a hand-worked example")
struct SKABScoreTests {
    /// A run of readings every 10 s from t = 0, with the anomalous, changepoint and alarmed reading indices.
    func run(_ count: Int, anomaly: ClosedRange<Int>, changepoints: [Int], alarm: [ClosedRange<Int>]) -> LabelledRun {
        let times = (0..<count).map { Date(timeIntervalSince1970: 1_000_000 + Double($0) * 10) }
        return LabelledRun(
            name: "run", times: times, anomaly: (0..<count).map { anomaly.contains($0) },
            changepoint: (0..<count).map { changepoints.contains($0) }, alarm: (0..<count).map { i in alarm.contains { $0.contains(i) } })
    }

    /// Run A: 25 readings (t = 0…240 s), anomalous 5…12, changepoints at 5 (t = 50) and 13 (t = 130), alarm on at
    /// 6…14 and at 21. Run B: 12 readings (t = 0…110 s), anomalous 2…4, changepoints at 2 (t = 20) and 5 (t = 50),
    /// alarm on at 9…11.
    var runs: [LabelledRun] {
        [
            run(25, anomaly: 5...12, changepoints: [5, 13], alarm: [6...14, 21...21]),
            run(12, anomaly: 2...4, changepoints: [2, 5], alarm: [9...11]),
        ]
    }

    @Test("outlier metrics count every reading: F1, FAR and MAR")
    func outliers() {
        let score = SKABScore(runs)
        // A: TP = 6…12 = 7, FN = {5} = 1, FP = {13, 14, 21} = 3, TN = 25 − 11 = 14.
        // B: TP = 0, FN = {2, 3, 4} = 3, FP = {9, 10, 11} = 3, TN = 12 − 6 = 6.
        let counts: [Int] = [score.truePositives, score.falseNegatives, score.falsePositives, score.trueNegatives]
        #expect(counts == [7, 4, 6, 20])
        // F1 = 7 / (7 + (4 + 6)/2) = 7/12; FAR = 6 / 26; MAR = 4 / 11.
        #expect(abs(score.f1 - 7.0 / 12) < 1e-12)
        #expect(abs(score.falseAlarmRate - 600.0 / 26) < 1e-12)
        #expect(abs(score.missingAlarmRate - 400.0 / 11) < 1e-12)
    }

    @Test("predicted changepoints are where the alarm opens or clears")
    func predictedChangepoints() {
        let seconds = runs.map { $0.predictedChangepoints.map { $0.timeIntervalSince1970 - 1_000_000 } }
        #expect(seconds == [[60, 150, 210, 220], [90]])
    }

    @Test("NAB: windows of 60 s after each changepoint, the right one cut, the sigmoid reward, three profiles")
    func nab() {
        let score = SKABScore(runs)
        // A: windows [50, 110] and [130, 190]. Detections: 60 in the first, at (60 − 50)/60 = 1/6 → point 166 of
        // 1,000; 150 first in the second (180 s and 190 s are not predictions; 210, 220 are), at 20/60 → point 333.
        // False alarms: 210 and 220.
        // B: windows [20, 80] and [50, 110] overlap, so the second starts at 80: [80, 110]. The first has no
        // prediction (missed); 90 lies in the second at 10/30 → point 333.
        #expect(score.changepoints == 4)
        #expect(score.missedChangepoints == 1)
        #expect(score.falseChangepoints == 2)
        // reward(point) = (A_tp − A_fp)/2 · (−tanh x / tanh(π/2)) + (A_tp − A_fp)/2 + A_fp, x = −π/2 + point·π/999.
        // Standard (1, −0.11, −1): tanh(π/2) = 0.917152; point 166: x = −1.048770, tanh x = −0.781328,
        // reward = 0.555 · 0.851906 + 0.445 = 0.917808; point 333: x = −0.523599 (−π/6), tanh x = −0.480473,
        // reward = 0.555 · 0.523875 + 0.445 = 0.735750.
        // S = 0.917808 + 2 · 0.735750 + 2 · (−0.11) + 1 · (−1) = 1.169309; S_null = 4 · (−1); S_perfect = 4.
        // NAB = 100 · (1.169309 + 4) / 8 = 64.6164.
        #expect(abs(score.nabStandard - 64.6164) < 1e-4)
        // Low FP (1, −0.22, −1): rewards 0.61 · 0.851906 + 0.39 = 0.909663 and 0.61 · 0.523875 + 0.39 = 0.709564;
        // S = 0.909663 + 1.419127 − 0.44 − 1 = 0.888790; NAB = 100 · 4.888790 / 8 = 61.1099.
        #expect(abs(score.nabLowFalsePositives - 61.1099) < 1e-4)
        // Low FN (1, −0.11, −2): rewards as standard; S = 2.389308 − 0.22 − 2 = 0.169309; S_null = −8,
        // S_perfect = 4: NAB = 100 · 8.169309 / 12 = 68.0776.
        #expect(abs(score.nabLowFalseNegatives - 68.0776) < 1e-4)
    }

    @Test("the reward runs from A_tp at the window's start to A_fp at its end")
    func reward() {
        #expect(abs(NABProfile.standard.reward(at: 0) - 1) < 1e-12)
        #expect(abs(NABProfile.standard.reward(at: 1) - -0.11) < 1e-12)
        #expect(abs(NABProfile.lowFalsePositives.reward(at: 2) - -0.22) < 1e-12)
    }

    @Test("the null detector scores 0 and a detector at every changepoint 100")
    func nullAndPerfect() {
        // Changepoints at t = 30 s and 120 s (windows [30, 90] and [120, 180]); the perfect alarm opens at 30 and
        // clears at 120, each at its window's start (reward A_tp).
        let null = SKABScore([run(20, anomaly: 3...11, changepoints: [3, 12], alarm: [])])
        #expect(null.nab == [0, 0, 0])
        #expect(null.f1 == 0 && null.falseAlarmRate == 0 && null.missingAlarmRate == 100)
        let perfect = SKABScore([run(20, anomaly: 3...11, changepoints: [3, 12], alarm: [3...11])])
        #expect(perfect.nab.map { ($0 * 1e9).rounded() / 1e9 } == [100, 100, 100])
        #expect(perfect.f1 == 1 && perfect.falseAlarmRate == 0 && perfect.missingAlarmRate == 0)
    }
}
