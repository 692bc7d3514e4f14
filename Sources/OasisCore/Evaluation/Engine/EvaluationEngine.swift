/// Evaluates peer regions against a framework: status, score, change, rank per indicator; group, goal
/// and overall scores and ranks. Pure and allocation-light: 300 regions × 61 indicators × 10 periods
/// evaluate in milliseconds (see bench/).
public struct EvaluationEngine: Sendable {
    public let framework: IndicatorFramework
    public let settings: EvaluationSettings

    /// For each indicator, the index of its group and goal in the framework (-1 when unknown).
    let groupOfIndicator: [Int]
    let goalOfIndicator: [Int]

    public init(framework: IndicatorFramework, settings: EvaluationSettings = .init()) {
        self.framework = framework
        self.settings = settings
        let groups = Dictionary(framework.groups.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { first, _ in first })
        let goals = Dictionary(framework.goals.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { first, _ in first })
        groupOfIndicator = framework.indicators.map { groups[$0.group] ?? -1 }
        goalOfIndicator = framework.indicators.map { goals[$0.goal] ?? -1 }
    }

    /// Evaluates every period present in the observations for the given peer regions (regions of one
    /// level). Periods come back in ascending order; each region's `previousOverall` is its overall score in
    /// the preceding evaluated period.
    public func evaluate(_ observations: [IndicatorObservation], regions: [String]) -> [Int: [RegionEvaluation]] {
        let table = ObservationTable(observations: observations, regions: regions, indicators: framework.indicators.map(\.code))
        var results: [Int: [RegionEvaluation]] = [:]
        var previous: [RegionEvaluation]?
        for periodIndex in table.periods.indices {
            var evaluations = evaluate(table: table, periodIndex: periodIndex)
            if let previous {
                for index in evaluations.indices { evaluations[index].previousOverall = previous[index].overall }
            }
            results[table.periods[periodIndex]] = evaluations
            previous = evaluations
        }
        return results
    }

    /// Evaluates one period (earlier periods still supply previous values).
    public func evaluate(_ observations: [IndicatorObservation], regions: [String], period: Int) -> [RegionEvaluation] {
        let relevant = observations.filter { $0.period <= period }
        let all = evaluate(relevant, regions: regions)
        return all[period] ?? regions.map { emptyEvaluation(region: $0, period: period, peers: regions.count) }
    }

    func emptyEvaluation(region: String, period: Int, peers: Int) -> RegionEvaluation {
        RegionEvaluation(
            region: region, period: period,
            indicators: framework.indicators.map {
                IndicatorResult(
                    indicator: $0.code, value: nil, status: .unknown,
                    basis: $0.context ? .context : ($0.threshold == nil ? .insufficientPeers : .threshold),
                    score: nil, previousValue: nil, previousPeriod: nil, change: nil, rank: nil, peerCount: 0, severity: nil)
            },
            groups: [], goals: [], overall: nil, rank: nil, peerCount: peers, previousOverall: nil
        )
    }

    func evaluate(table: ObservationTable, periodIndex: Int) -> [RegionEvaluation] {
        let regionCount = table.regions.count
        let indicators = framework.indicators
        var results = Array(repeating: [IndicatorResult](), count: regionCount)
        for index in results.indices { results[index].reserveCapacity(indicators.count) }
        var column = [Double]()
        column.reserveCapacity(regionCount)
        for (indicatorIndex, definition) in indicators.enumerated() {
            column.removeAll(keepingCapacity: true)
            for regionIndex in 0..<regionCount {
                let value = table.value(period: periodIndex, indicator: indicatorIndex, region: regionIndex)
                if !value.isNaN { column.append(value) }
            }
            let peers = PeerDistribution(column)
            for regionIndex in 0..<regionCount {
                let value = table.value(period: periodIndex, indicator: indicatorIndex, region: regionIndex)
                let previous = table.previous(period: periodIndex, indicator: indicatorIndex, region: regionIndex)
                results[regionIndex].append(judge(definition, value: value.isNaN ? nil : value, peers: peers, previous: previous))
            }
            rankIndicator(&results, indicatorIndex: indicatorIndex)
        }
        var evaluations = (0..<regionCount).map { regionIndex in
            summarise(region: table.regions[regionIndex], period: table.periods[periodIndex], results: results[regionIndex], peers: regionCount)
        }
        rankOverall(&evaluations)
        return evaluations
    }

    func judge(_ definition: IndicatorDefinition, value: Double?, peers: PeerDistribution, previous: (period: Int, value: Double)?) -> IndicatorResult
    {
        var result = IndicatorResult(
            indicator: definition.code, value: value, status: .unknown,
            basis: definition.context ? .context : (definition.threshold == nil ? .insufficientPeers : .threshold), score: nil,
            previousValue: previous?.value, previousPeriod: previous?.period,
            change: value.flatMap { current in previous.map { current - $0.value } },
            rank: nil, peerCount: peers.count, severity: nil
        )
        guard let value else { return result }
        if definition.context {
            result.basis = .context
            return result
        }
        if let threshold = definition.threshold, let passes = threshold.passes(value, direction: definition.direction) {
            result.status = passes ? .pass : .fail
            result.basis = .threshold
        } else if definition.direction != .band, peers.count >= settings.minimumPeers {
            result.basis = .peers
            let fails = definition.direction == .higherIsBetter ? value < peers.lowerQuartile - 1e-12 : value > peers.upperQuartile + 1e-12
            result.status = fails ? .fail : .pass
        } else {
            result.basis = .insufficientPeers
        }
        // An indicator that cannot be judged is not scored: it neither ranks nor enters group, goal or overall scores.
        guard result.status != .unknown else { return result }
        result.score = score(definition, value: value, peers: peers, status: result.status)
        if result.status == .fail, let score = result.score {
            result.severity = score < settings.highSeverityBelow ? .high : (score < settings.mediumSeverityBelow ? .medium : .low)
        }
        return result
    }

    func score(_ definition: IndicatorDefinition, value: Double, peers: PeerDistribution, status: IndicatorStatus) -> Double {
        switch definition.direction {
        case .band:
            guard let lower = definition.threshold?.lower, let upper = definition.threshold?.upper else {
                return peers.spread > 0 ? 100 - abs(value - peers.median) / peers.spread * 100 : 100
            }
            if value >= lower && value <= upper { return 100 }
            let width = max(upper - lower, abs(upper) * 0.1, 1e-9)
            let distance = value < lower ? lower - value : value - upper
            return max(0, 100 - distance / width * 100)
        case .higherIsBetter, .lowerIsBetter:
            guard peers.spread > 0 else { return status == .fail ? 0 : 100 }
            let position = (value - peers.minimum) / peers.spread
            return (definition.direction == .higherIsBetter ? position : 1 - position) * 100
        }
    }

    func rankIndicator(_ results: inout [[IndicatorResult]], indicatorIndex: Int) {
        var scored: [(region: Int, score: Double)] = []
        for regionIndex in results.indices {
            if let score = results[regionIndex][indicatorIndex].score { scored.append((regionIndex, score)) }
        }
        for (regionIndex, rank) in Self.competitionRanks(scored) { results[regionIndex][indicatorIndex].rank = rank }
    }

    func summarise(region: String, period: Int, results: [IndicatorResult], peers: Int) -> RegionEvaluation {
        func category(_ categories: [FrameworkCategory], membership: [Int]) -> [CategoryScore] {
            var weighted = Array(repeating: 0.0, count: categories.count)
            var weights = Array(repeating: 0.0, count: categories.count)
            var counts = Array(repeating: 0, count: categories.count)
            var failing = Array(repeating: 0, count: categories.count)
            for (index, definition) in framework.indicators.enumerated() {
                let member = membership[index]
                guard member >= 0, let score = results[index].score else { continue }
                weighted[member] += score * definition.weight
                weights[member] += definition.weight
                counts[member] += 1
                if results[index].status == .fail { failing[member] += 1 }
            }
            return categories.indices.map { index in
                CategoryScore(
                    code: categories[index].code, score: Self.weightedMean(weighted[index], weights[index]),
                    indicatorCount: counts[index], failing: failing[index])
            }
        }
        let groups = category(framework.groups, membership: groupOfIndicator)
        let goals = category(framework.goals, membership: goalOfIndicator)
        var weighted = 0.0
        var weights = 0.0
        for (goal, score) in zip(framework.goals, goals) {
            guard let value = score.score else { continue }
            weighted += value * goal.weight
            weights += goal.weight
        }
        return RegionEvaluation(
            region: region, period: period, indicators: results, groups: groups, goals: goals,
            overall: Self.weightedMean(weighted, weights), rank: nil, peerCount: peers, previousOverall: nil)
    }

    /// A weighted mean, or nil when there is no weight or the sums left the finite numbers (weights are bounded
    /// by `NumericDomain.weight` when saved; a framework stored before that bound must not turn a page into an error).
    static func weightedMean(_ weighted: Double, _ weights: Double) -> Double? {
        guard weights > 0, weights.isFinite else { return nil }
        let mean = weighted / weights
        return mean.isFinite ? mean : nil
    }

    func rankOverall(_ evaluations: inout [RegionEvaluation]) {
        let scored = evaluations.indices.compactMap { index in evaluations[index].overall.map { (index, $0) } }
        for (index, rank) in Self.competitionRanks(scored) { evaluations[index].rank = rank }
    }

    /// Standard competition ranking ("1224"): higher score is better; equal scores (to 1e-9) share a rank.
    static func competitionRanks(_ scored: [(Int, Double)]) -> [(Int, Int)] {
        let sorted = scored.sorted { $0.1 > $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }
        var ranks: [(Int, Int)] = []
        ranks.reserveCapacity(sorted.count)
        var rank = 0
        var previous = Double.infinity
        for (position, item) in sorted.enumerated() {
            if abs(item.1 - previous) > 1e-9 { rank = position + 1 }
            previous = item.1
            ranks.append((item.0, rank))
        }
        return ranks
    }
}
