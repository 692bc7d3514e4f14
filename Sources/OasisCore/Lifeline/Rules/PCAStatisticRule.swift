import Foundation

/// A multivariate rule over the sensors of one asset: Hotelling's T² and, when fewer principal components are
/// kept than there are sensors, the Q statistic (see `PCAModel`), each against limits per level.
///
/// How it runs, reading by reading and never looking ahead: each reading of the asset (one value per sensor, in
/// `sensors` order) is first smoothed — the mean of the last `smoothingReadings` readings, this one included —
/// then, during the normal period (the first `learningReadings` readings), only remembered; at the end of that
/// period the model is learnt from those smoothed readings, and every later reading is judged. A model learnt
/// elsewhere (for example from a day the operator marks as normal) may be given in `model` instead: then nothing
/// is learnt and every reading is judged.
///
/// The alert's level is the more severe of the T² and the Q levels (`StatisticLimits`: open at a level's limit,
/// clear below `clearBelow`). With `persistence`, an alert opens only when a limit was reached at k of the last n
/// readings.
///
/// A duty officer reads T² like this: with every component kept, T² ÷ (number of sensors) is the mean squared
/// distance of the sensors from their normal values in standard deviations, their usual co-movement taken into
/// account; it averages 1 in normal operation.
public struct PCAStatisticRule: Codable, Sendable, Hashable {
    public var sensors: [String]
    public var learningReadings: Int
    public var smoothingReadings: Int
    public var explainedVariance: Double
    public var t2: StatisticLimits
    public var q: StatisticLimits?
    public var persistence: Persistence?
    public var model: PCAModel?

    public init(
        sensors: [String], learningReadings: Int, smoothingReadings: Int = 1, explainedVariance: Double = 1, t2: StatisticLimits,
        q: StatisticLimits? = nil, persistence: Persistence? = nil, model: PCAModel? = nil
    ) {
        self.sensors = sensors
        self.learningReadings = learningReadings
        self.smoothingReadings = smoothingReadings
        self.explainedVariance = explainedVariance
        self.t2 = t2
        self.q = q
        self.persistence = persistence
        self.model = model
    }

    /// Oasis's default rule for a pump or a pumped main: T² over the given sensors (for a pump: flow, motor current
    /// and outlet pressure), learnt from its first 400 readings, smoothed over 5 readings. With three sensors the
    /// limits mean: blue when the sensors stand on average 2.5 standard deviations from normal (T² = 3 × 2.5²),
    /// yellow at 4, orange at 6, red at 10; the alert clears below 1.5 (T² < 6.75). These figures were chosen on
    /// the Skoltech Anomaly Benchmark with its own protocol (docs/lifeline.md, bench/README.md).
    public static func pumpDefault(sensors: [String]) -> PCAStatisticRule {
        let p = Double(sensors.count)
        let limits: [AlertLevel: Double] = [.blue: p * 2.5 * 2.5, .yellow: p * 4 * 4, .orange: p * 6 * 6, .red: p * 10 * 10]
        return PCAStatisticRule(
            sensors: sensors, learningReadings: 400, smoothingReadings: 5, t2: StatisticLimits(limits: limits, clearBelow: p * 1.5 * 1.5))
    }

    public func problems() -> [OasisError.Detail] {
        var problems: [OasisError.Detail] = []
        if sensors.isEmpty { problems.append(.init(field: "sensors", reason: "name at least one sensor of the asset")) }
        if Set(sensors).count != sensors.count { problems.append(.init(field: "sensors", reason: "each sensor may appear only once")) }
        if model == nil, learningReadings < max(2, sensors.count + 1) {
            problems.append(.init(field: "learningReadings", reason: "must exceed the number of sensors (and be at least 2)"))
        }
        if smoothingReadings < 1 || smoothingReadings > 10_000 {
            problems.append(.init(field: "smoothingReadings", reason: "must be between 1 and 10000"))
        }
        if !(explainedVariance > 0 && explainedVariance <= 1) {
            problems.append(.init(field: "explainedVariance", reason: "must lie above 0 and at most 1"))
        }
        problems += t2.problems(field: "t2")
        if let q { problems += q.problems(field: "q") }
        if let persistence { problems += persistence.problems(field: "persistence") }
        if let model,
            model.means.count != sensors.count || model.scales.count != sensors.count
                || model.components.contains(where: { $0.count != sensors.count }) || model.components.count != model.variances.count
        {
            problems.append(.init(field: "model", reason: "must have one mean, scale and component entry per sensor"))
        }
        return problems
    }
}
