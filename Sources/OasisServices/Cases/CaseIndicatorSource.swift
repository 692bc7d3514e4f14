import Foundation
import OasisCore
import OasisStore

/// The hotline's figures as computed indicators for the health check, per region (its cases and those of every
/// region below it) and year, from the rollups: HL01 the 三率 composite and HL02 the on-time closure rate.
/// A framework that lists these codes (unit %, higher is better) gets them evaluated like any other indicator.
public struct CaseIndicatorSource: ComputedIndicatorSource {
    public static let composite = "HL01"
    public static let onTimeClosure = "HL02"

    public let store: Store

    public init(store: Store) { self.store = store }

    public var indicatorCodes: [String] { [Self.composite, Self.onTimeClosure] }

    public func observations(for regions: [Region]) async throws -> [IndicatorObservation] {
        guard !regions.isEmpty else { return [] }
        let fields = CaseRollupCounters.fields.map { "SUM(\($0)) AS \($0)" }.joined(separator: ", ")
        // Counters of each case region and year.
        var byKey: [String: [Int: CaseRollupCounters]] = [:]
        for row in try await store.database.query(
            "SELECT group_key, substr(period, 1, 4) AS year, \(fields) FROM case_rollups WHERE dimension = 'region' AND group_key <> '' GROUP BY group_key, substr(period, 1, 4)"
        ) {
            guard let year = Int(try row.string("year")) else { continue }
            byKey[try row.string("group_key"), default: [:]][year] = CaseRollupCounters(
                values: CaseRollupCounters.fields.map { row.optionalDouble($0) ?? 0 })
        }
        guard !byKey.isEmpty else { return [] }
        let weights = try await store.cases.metricsWeights()
        let today = CaseContribution.day(store.clock.now())
        var openDue: [String: [Int: Int]] = [:]
        for row in try await store.database.query(
            "SELECT group_key, substr(period, 1, 4) AS year, SUM(n) AS n FROM case_open_deadlines WHERE dimension = 'region' AND due_day < ? GROUP BY group_key, substr(period, 1, 4)",
            [.text(today)])
        {
            guard let year = Int(try row.string("year")) else { continue }
            openDue[try row.string("group_key"), default: [:]][year] = Int(row.optionalInt("n") ?? 0)
        }
        // Which case regions lie in (or are) each requested region.
        let paths = try await store.regions.paths()
        var observations: [IndicatorObservation] = []
        for region in regions {
            let code = region.code.rawValue
            var counters: [Int: CaseRollupCounters] = [:]
            var due: [Int: Int] = [:]
            for (key, years) in byKey where paths.isWithin(key, code) {
                for (year, value) in years { counters[year] = (counters[year] ?? CaseRollupCounters()) + value }
                for (year, value) in openDue[key] ?? [:] { due[year, default: 0] += value }
            }
            for (year, value) in counters {
                let metrics = CaseMetrics.fromRollup(value, openDue: due[year] ?? 0, handlingHistogram: [:], weights: weights)
                if let composite = metrics.composite {
                    observations.append(.init(region: code, indicator: Self.composite, period: year, value: composite))
                }
                if let onTime = metrics.onTimeClosureRate {
                    observations.append(.init(region: code, indicator: Self.onTimeClosure, period: year, value: onTime))
                }
            }
        }
        return observations
    }
}
