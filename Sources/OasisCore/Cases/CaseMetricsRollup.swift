import Foundation

extension CaseMetrics {
    /// The metrics from rolled-up counters: the same definitions as `compute`, with "due" = closed + open cases
    /// whose deadline has passed, and the median handling time in whole hours from the hours histogram.
    public static func fromRollup(_ counters: CaseRollupCounters, openDue: Int, handlingHistogram: [Int: Int], weights: Weights = .init())
        -> CaseMetrics
    {
        func rate(_ part: Int, _ whole: Int) -> Double? { whole > 0 ? Double(part) / Double(whole) * 100 : nil }
        let visited = counters.visited
        let response = rate(counters.contacted, visited)
        let resolution = rate(counters.resolved, visited)
        let satisfaction =
            counters.rated == 0
            ? nil
            : (Double(counters.satisfied) + weights.basicallySatisfied * Double(counters.basicallySatisfied)) / Double(counters.rated) * 100
        var composite: Double?
        if let response, let resolution, let satisfaction {
            let total = weights.response + weights.resolution + weights.satisfaction
            composite =
                total > 0 ? (response * weights.response + resolution * weights.resolution + satisfaction * weights.satisfaction) / total : nil
        }
        let due = counters.closed + openDue
        return CaseMetrics(
            cases: counters.cases, visited: visited, rated: counters.rated, unreachedVisits: counters.unreached, merged: counters.merged,
            notResponsible: counters.notResponsible, cancelled: counters.cancelled, responseRate: response, resolutionRate: resolution,
            satisfactionRate: satisfaction, composite: composite,
            closureRate: rate(counters.closed, due), onTimeClosureRate: rate(counters.closedOnTime, due),
            reworkRate: rate(counters.reworked, counters.dispatched),
            meanHandlingHours: counters.handled > 0 ? counters.handlingSeconds / Double(counters.handled) / 3600 : nil,
            medianHandlingHours: median(handlingHistogram)
        )
    }

    /// The median of whole hours given as value → count (the mean of the two middle values for an even count).
    static func median(_ histogram: [Int: Int]) -> Double? {
        let total = histogram.values.reduce(0, +)
        guard total > 0 else { return nil }
        let lower = (total - 1) / 2
        let upper = total / 2
        var seen = 0
        var low: Int?
        for hours in histogram.keys.sorted() {
            let count = histogram[hours] ?? 0
            if low == nil, seen + count > lower { low = hours }
            if seen + count > upper { return Double((low ?? hours) + hours) / 2 }
            seen += count
        }
        return nil
    }
}
