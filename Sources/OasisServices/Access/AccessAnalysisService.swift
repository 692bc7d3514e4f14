import OasisCore
import OasisRouting
import OasisStore

/// The living-circle and shelter analyses on the stored layers, for a region and the regions below it within a
/// principal's scope: read the residences, shelters and imported facilities; run the population coverage and
/// the shelter assessment on a walking network; record the figures for the health check and the per-residence
/// results in the `access` layer.
public struct AccessAnalysisService: Sendable {
    public static let accessAnalysis = "access"
    public static let shelterAnalysis = "shelters"
    /// The source name of the `access` layer's features an analysis writes (each run replaces them).
    public static let layerSource = "analysis"

    public let store: Store

    public init(store: Store) { self.store = store }

    /// The layers' features in `region` and below (the whole scope when nil).
    public func inputs(region: String?, classes: [ShelterClass] = ShelterClass.defaults, by principal: Principal) async throws
        -> AccessAnalysisInputs
    {
        if let region, try await store.regions.get(try RegionCode(region)) == nil { throw OasisError.notFound("Region", region) }
        var layers: [SpatialLayer: [SpatialFeaturePoint]] = [:]
        for layer in [SpatialLayer.residences, .shelters, .facilities, .communities] {
            var features: [SpatialFeaturePoint] = []
            try await store.spatialFeatures.forEachBatch(layer: layer, region: region, for: principal.access(for: .readLayers)) { features += $0 }
            layers[layer] = features
        }
        return AccessAnalysisInputs(
            residences: layers[.residences] ?? [], shelters: layers[.shelters] ?? [], facilities: layers[.facilities] ?? [],
            communities: layers[.communities] ?? [], classes: classes)
    }

    /// Population coverage under `standard`, from the network's own facilities (`sources`) and the imported ones.
    public func access(
        _ inputs: AccessAnalysisInputs, network: AccessNetwork, sources: [String: [Int]], standard: LivingCircleStandard,
        period: Int, progress: ProgressReporter = .silent
    ) -> AccessAnalysisResult {
        var residences: [SpatialFeaturePoint] = []
        var attached: [AttachedResidence] = []
        for (feature, point) in zip(inputs.residences, inputs.points) {
            guard let snap = network.snap(longitude: point.longitude, latitude: point.latitude) else { continue }
            residences.append(feature)
            attached.append(AttachedResidence(point: point, node: snap.node, snapDistance: snap.distance))
        }
        let distances = FacilityDistances(
            graph: network.graph, sources: network.sources(sources, adding: inputs.facilities),
            limit: standard.largestDistance, progress: progress)
        let coverage = PopulationCoverage.compute(standard: standard, distances: distances, residences: attached, progress: progress)
        return AccessAnalysisResult(
            standard: standard, coverage: coverage, residences: residences,
            access: ResidenceAccess.compute(standard: standard, distances: distances, residences: attached),
            figures: AnalysisFigures.access(coverage, period: period))
    }

    /// Shelter capacity against the residents within each shelter's walking radius, and U22 per district.
    public func shelters(_ inputs: AccessAnalysisInputs, network: AccessNetwork, period: Int, progress: ProgressReporter = .silent)
        -> ShelterAnalysisResult
    {
        let attached = AttachedResidence.attach(inputs.points, to: network)
        let result = ShelterCapacity.assess(inputs.shelters, residences: attached, network: network, progress: progress)
        return ShelterAnalysisResult(
            assessments: result.shelters, districts: result.districts,
            figures: AnalysisFigures.shelters(result.districts, period: period))
    }

    /// Writes the coverage figures (replacing the access analysis' figures of the period, within `region` when
    /// given) and one `access` layer feature per residence (replacing the previous analysis output there).
    public func record(_ result: AccessAnalysisResult, period: Int, region: String?, by principal: Principal) async throws -> AnalysisRecordSummary {
        try await store.analysisResults.replace(
            analysis: Self.accessAnalysis, period: period, region: region, figures: result.figures, by: principal.access(for: .writeIndicators))
        let features = zip(result.residences, result.access).map { ResidenceAccessFeature.make($0, $1, standard: result.standard) }
        let written = try await store.spatialFeatures.replace(
            layer: .access, source: Self.layerSource, region: region, with: features, by: principal.access(for: .writeLayers))
        return AnalysisRecordSummary(
            analysis: Self.accessAnalysis, period: period, figures: result.figures.count,
            regions: Array(Set(result.figures.map(\.region))).sorted(),
            layerFeaturesWritten: written.inserted, layerFeaturesReplaced: written.deleted)
    }

    /// The complete-community checklist of each community in the communities layer: the standard's required types
    /// (the network's facilities and the imported ones) within its walking distance of the community's centre, and
    /// those missing. A community off the network (no node near its centre) is left out.
    public func communities(
        _ inputs: AccessAnalysisInputs, network: AccessNetwork, sources: [String: [Int]], standard: CompleteCommunityStandard,
        progress: ProgressReporter = .silent
    ) -> [CommunityChecklist] {
        guard !inputs.communities.isEmpty else { return [] }
        let wanted = Set(standard.requiredTypes.flatMap { $0.split(separator: "|").map(String.init) })
        let distances = FacilityDistances(
            graph: network.graph, sources: network.sources(sources, adding: inputs.facilities).filter { wanted.contains($0.key) },
            limit: standard.distance, progress: progress)
        let centres = inputs.communities.map { (key: $0.key("community"), longitude: $0.longitude, latitude: $0.latitude) }
        return CommunityChecklist.check(centres, standard: standard, network: network, distances: distances)
    }

    /// Writes U22 per district (replacing the shelter analysis' figures of the period, within `region` when given).
    public func record(_ result: ShelterAnalysisResult, period: Int, region: String?, by principal: Principal) async throws -> AnalysisRecordSummary {
        try await store.analysisResults.replace(
            analysis: Self.shelterAnalysis, period: period, region: region, figures: result.figures, by: principal.access(for: .writeIndicators))
        return AnalysisRecordSummary(
            analysis: Self.shelterAnalysis, period: period, figures: result.figures.count,
            regions: Array(Set(result.figures.map(\.region))).sorted())
    }
}
