import Foundation
import OasisCore

/// The sums the hotline metrics are computed from, per group name (`key`, or `key|month` by month): the
/// rollup counters, the histogram of whole handling hours, and the open cases already due.
struct MetricsFigures: Sendable {
    var counters: [String: CaseRollupCounters] = [:]
    var histograms: [String: [Int: Int]] = [:]
    var openDue: [String: Int] = [:]

    /// One row per group, ordered by group name.
    func rows(byMonth: Bool, weights: CaseMetrics.Weights) -> [CaseRepository.MetricsRow] {
        counters.keys.sorted().map { name in
            let parts = name.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            return CaseRepository.MetricsRow(
                key: parts[0], month: byMonth ? parts.last : nil,
                metrics: CaseMetrics.fromRollup(
                    counters[name] ?? CaseRollupCounters(), openDue: openDue[name] ?? 0,
                    handlingHistogram: histograms[name] ?? [:], weights: weights))
        }
    }

    /// Adds one case's contribution to its group, as the rollups would; `asOf` decides whether it is due.
    mutating func add(_ contribution: CaseContribution, dimension: CaseRollupDimension, byMonth: Bool, asOf: Date) {
        let key = contribution.keys[dimension] ?? ""
        let name = byMonth ? key + "|" + contribution.month : key
        counters[name] = (counters[name] ?? CaseRollupCounters()) + contribution.counters
        if let hours = contribution.handlingHours { histograms[name, default: [:]][hours, default: 0] += 1 }
        if let deadline = contribution.openDeadline, deadline <= asOf { openDue[name, default: 0] += 1 }
    }
}
