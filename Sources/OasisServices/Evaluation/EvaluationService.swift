import Foundation
import OasisCore
import OasisImport
import OasisStore

/// The health check as a service: gathers imported and computed values, evaluates peer regions, keeps the
/// problem ledger in step, and imports value files. The API, the web pages, the CLI and the reports use it.
public struct EvaluationService: Sendable {
    public let store: Store
    public let sources: [any ComputedIndicatorSource]
    public let settings: EvaluationSettings

    /// `sources` defaults to the census and the hotline.
    public init(store: Store, sources: [any ComputedIndicatorSource]? = nil, settings: EvaluationSettings = .init()) {
        self.store = store
        self.sources =
            sources ?? [
                CensusIndicatorSource(), CaseIndicatorSource(store: store), AccessIndicatorSource(store: store),
                LifelineIndicatorSource(store: store),
            ]
        self.settings = settings
    }

    /// All observations of the regions of one level: imported values, overridden by computed ones.
    /// Only the computed sources that supply one of `codes` are asked: a page that evaluates does not pay for a
    /// source whose indicators the framework does not list.
    public func observations(level: RegionLevel, codes: Set<String>) async throws -> (regions: [Region], observations: [IndicatorObservation]) {
        let regions = try await store.regions.list(level: level)
        var merged: [IndicatorObservation.Key: IndicatorObservation] = [:]
        for observation in try await store.indicatorValues.observations(regions: regions.map(\.code.rawValue), for: .system) {
            merged[observation.key] = observation
        }
        for source in sources where source.indicatorCodes.contains(where: codes.contains) {
            for observation in try await source.observations(for: regions) { merged[observation.key] = observation }
        }
        return (regions, Array(merged.values))
    }

    /// Every period's evaluation of the regions of one level.
    public func evaluate(level: RegionLevel, framework: IndicatorFramework? = nil) async throws -> (
        regions: [Region], periods: [Int: [RegionEvaluation]]
    ) {
        let framework = try await resolve(framework)
        let (regions, observations) = try await observations(level: level, codes: Set(framework.indicators.map(\.code)))
        let engine = EvaluationEngine(framework: framework, settings: settings)
        return (regions, engine.evaluate(observations, regions: regions.map(\.code.rawValue)))
    }

    /// The health check of one region in one period (the latest with data when `period` is nil).
    public func check(region code: RegionCode, period: Int?, by principal: Principal) async throws -> RegionCheck {
        try await checkWithPeers(region: code, period: period, by: principal).check
    }

    /// The check together with the framework and the peers' evaluation it came from, so that pages and
    /// reports drawing the peers do not evaluate the level a second time.
    public func checkWithPeers(region code: RegionCode, period: Int?, by principal: Principal) async throws
        -> (check: RegionCheck, framework: IndicatorFramework, regions: [Region], evaluations: [RegionEvaluation])
    {
        try principal.require(.readIndicators)
        let region = try await store.regions.get(code, within: principal.scope)
        let framework = try await store.frameworks.activeOrBuiltIn()
        let (regions, byPeriod) = try await evaluate(level: region.level, framework: framework)
        let periods = byPeriod.keys.sorted()
        guard let chosen = period ?? periods.last else {
            throw OasisError.notFound("Indicator values for the level of region", code.rawValue)
        }
        guard let evaluations = byPeriod[chosen], let index = regions.firstIndex(where: { $0.code == code }) else {
            throw OasisError(
                kind: .notFound, code: "period_without_data",
                message: "No indicator values for period \(chosen); periods with data: \(periods.map(String.init).joined(separator: ", ")).")
        }
        let trend = periods.map { period in
            RegionCheck.TrendPoint(
                period: period, overall: byPeriod[period]?[index].overall, rank: byPeriod[period]?[index].rank,
                indicatorCount: byPeriod[period]?[index].indicators.filter { $0.value != nil }.count ?? 0)
        }
        let targets = try await projections(for: region, framework: framework)
        let problems = try await store.problems.list(region: code.rawValue, for: .system).filter { $0.region == code.rawValue }
        let check = RegionCheck(
            frameworkID: framework.id, frameworkVersion: framework.version,
            region: .init(code: code.rawValue, names: region.names, level: region.level.rawValue),
            period: chosen, evaluation: evaluations[index], trend: trend, targets: targets, problems: problems, periods: periods
        )
        return (check, framework, regions, evaluations)
    }

    /// Target tracking for the targets set on a region.
    public func projections(for region: Region, framework: IndicatorFramework) async throws -> [TargetProjection] {
        let targets = framework.targets.filter { $0.region == region.code.rawValue }
        guard !targets.isEmpty else { return [] }
        var values: [IndicatorObservation] = try await store.indicatorValues.observations(regions: [region.code.rawValue], for: .system)
        for source in sources { values += try await source.observations(for: [region]) }
        return targets.map { target in
            // Imported values first, computed ones after: a computed value wins for its year.
            var byYear: [Int: Double] = [:]
            for value in values where value.indicator == target.indicator { byYear[value.period] = value.value }
            return TargetProjection.project(target, observations: byYear.map { .init(year: $0.key, value: $0.value) })
        }
    }

    /// Brings the problem ledger in step with every evaluated period of every level, oldest first.
    @discardableResult
    public func refreshLedger(by principal: Principal) async throws -> LedgerRefreshSummary {
        let access = try principal.access(for: .writeIndicators)
        let framework = try await store.frameworks.activeOrBuiltIn()
        let reconciler = LedgerReconciler(framework: framework)
        var summary = LedgerRefreshSummary()
        var ledger = Dictionary(grouping: try await store.problems.list(for: .system), by: \.region)
        for level in RegionLevel.allCases {
            let (_, byPeriod) = try await evaluate(level: level, framework: framework)
            for period in byPeriod.keys.sorted() {
                var changes: [LedgerProblem] = []
                for evaluation in byPeriod[period] ?? [] {
                    changes += reconciler.reconcile(evaluation, existing: ledger[evaluation.region] ?? [])
                }
                guard !changes.isEmpty else { continue }
                let applied = try await store.problems.apply(changes, by: access)
                for problem in applied {
                    if let position = ledger[problem.region]?.firstIndex(where: { $0.id == problem.id }) {
                        ledger[problem.region]![position] = problem
                        summary.updated += 1
                    } else {
                        ledger[problem.region, default: []].append(problem)
                        summary.opened += 1
                    }
                }
            }
        }
        return summary
    }

    public func resolve(_ framework: IndicatorFramework?) async throws -> IndicatorFramework {
        if let framework { return framework }
        return try await store.frameworks.activeOrBuiltIn()
    }
}

/// What a ledger refresh changed.
public struct LedgerRefreshSummary: Sendable, Codable, Equatable {
    public var opened = 0
    public var updated = 0
    public init() {}
}

extension IndicatorObservation {
    public struct Key: Hashable {
        let region: String
        let indicator: String
        let period: Int
    }

    public var key: Key { Key(region: region, indicator: indicator, period: period) }
}
