import Foundation

/// The running state of one asset rule: fed the asset's readings in time order (one value per sensor of the rule,
/// in the rule's `sensors` order), it reports each change of its one alert, as `SensorRuleTracker` does for one
/// sensor. It only ever looks at readings already given: smoothing is a trailing mean, the model is learnt from
/// the first readings and then fixed. Readings at or before the last one it saw, or with a missing or non-finite
/// value, do not move the alert.
public struct AssetRuleTracker: Sendable {
    public let rule: AssetRule
    public private(set) var level: AlertLevel?
    public private(set) var lastReadingTime: Date?
    /// The PCA rule's model: the rule's own, or the one learnt at the end of the normal period (nil until then).
    public private(set) var model: PCAModel?
    /// The PCA rule's T² and Q at the last reading judged (nil while learning).
    public private(set) var statistics: (t2: Double, q: Double)?

    /// The last `smoothingReadings` readings, for the trailing mean (a ring from `recentNext`).
    private var recent: [[Double]] = []
    private var recentNext = 0
    /// The smoothed readings of the normal period, until the model is learnt.
    private var normal: [[Double]] = []
    private var t2Level: AlertLevel?
    private var qLevel: AlertLevel?
    /// Whether a limit was reached at each of the last `persistence.outOf` readings (a ring from `hitsNext`).
    private var hits: [Bool] = []
    private var hitsNext = 0
    private var risingWindow = RateWindow()
    private var fallingWindow = RateWindow()

    public init(rule: AssetRule) {
        self.rule = rule
        if case .pcaStatistic(let pca) = rule { model = pca.model }
    }

    /// Whether the PCA rule is still learning its normal period.
    public var isLearning: Bool {
        guard case .pcaStatistic = rule else { return false }
        return model == nil
    }

    /// Feeds one reading of the asset; returns the alert's change, if any.
    public mutating func observe(time: Date, values: [Double]) -> AlertChange? {
        guard values.count == rule.sensors.count, values.allSatisfy(\.isFinite) else { return nil }
        if let lastReadingTime, time <= lastReadingTime { return nil }
        lastReadingTime = time
        switch rule {
        case .pcaStatistic(let pca):
            return observePCA(pca, time: time, values: values)
        case .coMovement(let co):
            let rise = risingWindow.add(time: time, value: values[0], windowSeconds: co.windowSeconds)
            let fall = fallingWindow.add(time: time, value: values[1], windowSeconds: co.windowSeconds)
            guard let rise, let fall else { return nil }
            return move(to: rise >= co.risePerMinute && -fall >= co.fallPerMinute ? co.level : nil, at: time, value: rise)
        }
    }

    private mutating func observePCA(_ pca: PCAStatisticRule, time: Date, values: [Double]) -> AlertChange? {
        let smoothed = smooth(values, over: pca.smoothingReadings)
        guard let model else {
            normal.append(smoothed)
            if normal.count >= pca.learningReadings {
                model = PCAModel.learn(rows: normal, explainedVariance: pca.explainedVariance)
                normal = []
            }
            return nil
        }
        let (t2, q) = model.statistics(smoothed)
        statistics = (t2, q)
        let reached = pca.t2.reachesAny(t2) || (pca.q?.reachesAny(q) ?? false)
        if level == nil, let persistence = pca.persistence, !persists(reached, persistence) { return nil }
        if level != nil, let persistence = pca.persistence { _ = persists(reached, persistence) }
        t2Level = pca.t2.level(for: t2, current: t2Level)
        qLevel = pca.q?.level(for: q, current: qLevel)
        return move(to: AlertLevel.mostSevere(t2Level, qLevel), at: time, value: t2)
    }

    /// The mean of the last `count` readings, this one included.
    private mutating func smooth(_ values: [Double], over count: Int) -> [Double] {
        if recent.count < count {
            recent.append(values)
        } else {
            recent[recentNext] = values
            recentNext = (recentNext + 1) % count
        }
        let n = Double(recent.count)
        return (0..<values.count).map { j in recent.reduce(0) { $0 + $1[j] } / n }
    }

    /// Records whether this reading reached a limit; true when at least `readings` of the last `outOf` did.
    private mutating func persists(_ reached: Bool, _ persistence: Persistence) -> Bool {
        if hits.count < persistence.outOf {
            hits.append(reached)
        } else {
            hits[hitsNext] = reached
            hitsNext = (hitsNext + 1) % persistence.outOf
        }
        return hits.count(where: { $0 }) >= persistence.readings
    }

    private mutating func move(to next: AlertLevel?, at time: Date, value: Double?) -> AlertChange? {
        let change = AlertChange.between(level, next, at: time, value: value)
        level = next
        return change
    }
}
