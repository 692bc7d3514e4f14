import Foundation
import OasisCore
import OasisStore

extension EvaluationService {
    /// What the page and the report of one region's health check need.
    public func presentation(region code: RegionCode, period: Int?, language: Language, by principal: Principal) async throws
        -> EvaluationPresentation
    {
        let (check, framework, regions, evaluations) = try await checkWithPeers(region: code, period: period, by: principal)
        let peers = zip(regions, evaluations).map { region, evaluation in
            (
                code: region.code.rawValue, name: region.name(in: language), overall: evaluation.overall,
                nameLanguage: region.nameLanguage(in: language) == language ? nil : region.nameLanguage(in: language).rawValue
            )
        }
        return EvaluationPresentation(
            check: check, framework: framework, peers: peers, language: language,
            catalogue: .standard, settings: settings)
    }

    /// The self-contained HTML health-check report of one region.
    public func healthCheckReport(region code: RegionCode, period: Int?, language: Language, by principal: Principal) async throws -> String {
        let presentation = try await presentation(region: code, period: period, language: language, by: principal)
        let values = try await store.indicatorValues.values(region: code.rawValue, for: .system)
        let containsSample = values.contains { $0.period <= presentation.check.period && $0.source == DemoSampleValues.source }
        return HealthCheckReport(
            presentation: presentation, generatedAt: store.clock.now(), containsSample: containsSample,
            shelterReach: try await shelterReach(region: code)
        ).render()
    }

    /// The shelters in the region (and below it) with their reach, from the newest background analysis that ran the
    /// shelter analysis for the region or the nearest region above it; nil when none did.
    func shelterReach(region code: RegionCode) async throws -> (period: Int, shelters: [AnalysisJobResult.ShelterReach])? {
        for region in try await store.regions.lineage(of: code).reversed() {
            guard let job = try await store.analysisJobs.latestSucceeded(region: region.code.rawValue, with: AnalysisJobKind.shelters.rawValue),
                let shelters = job.outcome?.shelters?.shelters
            else { continue }
            var within: [String: Bool] = [:]
            var kept: [AnalysisJobResult.ShelterReach] = []
            for shelter in shelters {
                if within[shelter.district] == nil {
                    var lineage: [RegionCode] = []
                    if let district = try? RegionCode(shelter.district) { lineage = try await store.regions.lineage(of: district).map(\.code) }
                    within[shelter.district] = lineage.contains(code)
                }
                if within[shelter.district] == true { kept.append(shelter) }
            }
            return (job.period, kept)
        }
        return nil
    }
}
