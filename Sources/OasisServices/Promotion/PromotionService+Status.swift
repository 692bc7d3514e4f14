import Foundation
import OasisCore
import OasisStore

extension PromotionService {
    /// Each measure's tasks, projects, money, progress and indicator trend, in a region (the policy's own when nil).
    public func measureStatus(policyID: String = Policy.builtInID, region requested: String? = nil, by principal: Principal) async throws
        -> MeasureStatusReport
    {
        let access = try principal.access(for: .readProjects)
        guard let policy = try await store.policies.get(policyID) else { throw OasisError.notFound("Policy", policyID) }
        let region = requested ?? policy.region ?? "650000"
        guard let regionRecord = try await store.regions.get(try RegionCode(region)) else { throw OasisError.notFound("Region", region) }
        let now = store.clock.now()
        async let aggregates = store.promotionStatus.measures(policyID: policy.id, region: region, today: now, for: access)
        let trends = try await indicatorTrends(region: regionRecord, codes: Set(policy.measures.flatMap(\.indicators)))
        let byMeasure = try await aggregates
        let measures = policy.measures.map { measure in
            var status = byMeasure[measure.number] ?? MeasureStatus(measure: measure.number)
            status.section = measure.section
            status.titles = measure.titles
            status.indicators = measure.indicators.compactMap { trends[$0] }
            return status
        }
        return MeasureStatusReport(
            policyID: policy.id, policyTitles: policy.titles, region: region, asOf: now, measures: measures)
    }

    /// Delays by unit and region within a region (everything visible when nil).
    public func delays(region: String?, by principal: Principal) async throws -> DelayReport {
        let now = store.clock.now()
        let (units, regions) = try await store.promotionStatus.delays(region: region, today: now, for: principal.access(for: .readProjects))
        return DelayReport(region: region, asOf: now, byUnit: units, byRegion: regions)
    }

    /// The values of these indicators for one region over the periods, imported and computed alike.
    public func indicatorTrends(region: Region, codes: Set<String>) async throws -> [String: MeasureStatus.IndicatorTrend] {
        guard !codes.isEmpty else { return [:] }
        let framework = try await store.frameworks.activeOrBuiltIn()
        let observations = try await evaluation.observations(level: region.level, codes: codes).observations
        var points: [String: [MeasureStatus.IndicatorTrend.Point]] = [:]
        for observation in observations where observation.region == region.code.rawValue && codes.contains(observation.indicator) {
            points[observation.indicator, default: []].append(.init(period: observation.period, value: observation.value))
        }
        var trends: [String: MeasureStatus.IndicatorTrend] = [:]
        for code in codes {
            guard let definition = framework.indicator(code) else { continue }
            trends[code] = .init(
                code: code, names: definition.names, unit: definition.unit,
                points: (points[code] ?? []).sorted { $0.period < $1.period })
        }
        return trends
    }
}
