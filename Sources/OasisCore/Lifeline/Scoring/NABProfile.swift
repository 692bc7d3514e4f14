import Foundation

/// The weights of a Numenta Anomaly Benchmark application profile (Lavin & Ahmad, "Evaluating Real-time Anomaly
/// Detection Algorithms — the Numenta Anomaly Benchmark", 2015), as SKAB uses them: a detection at the very start
/// of a changepoint's window earns `truePositive`, a false alarm costs `falsePositive`, a missed window costs
/// `falseNegative`.
public struct NABProfile: Sendable, Hashable {
    public var name: String
    public var truePositive: Double
    public var falsePositive: Double
    public var falseNegative: Double

    public static let standard = NABProfile(name: "standard", truePositive: 1, falsePositive: -0.11, falseNegative: -1)
    public static let lowFalsePositives = NABProfile(name: "lowFP", truePositive: 1, falsePositive: -0.22, falseNegative: -1)
    public static let lowFalseNegatives = NABProfile(name: "lowFN", truePositive: 1, falsePositive: -0.11, falseNegative: -2)
    public static let all = [standard, lowFalsePositives, lowFalseNegatives]

    /// The reward of a detection at `position` (0 = the window's start, 1 = its end): SKAB's "improved" scaled
    /// sigmoid, evaluated as SKAB does on 1,000 points of x from −π/2 to π/2, the position truncated to a point:
    /// y(x) = (A_tp − A_fp)/2 · (−tanh x / tanh(π/2)) + (A_tp − A_fp)/2 + A_fp, so y = A_tp at the start and A_fp
    /// at the end.
    public func reward(at position: Double) -> Double {
        let point = min(max(Int(position * 1000), 0), 999)
        let x = -Double.pi / 2 + Double(point) * Double.pi / 999
        let half = (truePositive - falsePositive) / 2
        return half * -tanh(x) / tanh(Double.pi / 2) + half + falsePositive
    }
}
