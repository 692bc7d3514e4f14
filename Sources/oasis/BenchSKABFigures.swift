import Foundation
import OasisCore

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
