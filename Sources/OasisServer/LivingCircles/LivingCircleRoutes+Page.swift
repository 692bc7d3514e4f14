import Foundation
import Hummingbird
import OasisCore
import OasisRouting
import OasisServices
import OasisStore

/// The living-circle page: for a region within the user's scope, its layers on a map (residences coloured by
/// the recorded walking minutes to the nearest kindergarten), the recorded coverage figures (P04–P12, U22) of
/// the region and the regions below it, its shelters with their capacities (`#shelters`), and how to produce them.
extension LivingCircleRoutes {
    func page(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        try await pages.page(context) { context in try await render(request, context) }
    }

    func render(
        _ request: Request, _ context: OasisRequestContext, jobProblem: String? = nil, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let principal = context.principal
        let language = context.language
        let region = try await chosenRegion(request, principal)
        let access = try principal.access(for: .readLayers)
        let code = region.code.rawValue
        var layers: [SpatialLayer: [SpatialFeaturePoint]] = [:]
        var truncated = false
        for layer in [SpatialLayer.facilities, .shelters, .residences] {
            var features: [SpatialFeaturePoint] = []
            try await store.spatialFeatures.forEachBatch(layer: layer, region: code, batchSize: 1_000, for: access) { features += $0 }
            truncated = truncated || features.count > Self.mapLimit
            layers[layer] = Array(features.prefix(Self.mapLimit))
        }
        let residences = layers[.residences] ?? []
        let standard = analyses.standards.livingCircle
        let types = Self.mapTypes(standard)
        let type = RequestParameters.text(request, "map").flatMap { types.contains($0) ? $0 : nil } ?? LivingCircleMap.colourType
        var minutes: [Int64: Double] = [:]
        if let box = SpatialBox(covering: residences.map { GeoPoint(longitude: $0.longitude, latitude: $0.latitude) }) {
            let ids = Set(residences.map(\.id))
            let results = try await store.spatialFeatures.list(layer: .access, bbox: box, limit: nil, for: access)
            for feature in results.features {
                if let result = ResidenceAccessFeature.minutes(to: type, in: feature.text), ids.contains(result.residence) {
                    minutes[result.residence] = result.minutes
                }
            }
        }
        var map = LivingCircleMap(
            facilities: layers[.facilities] ?? [], shelters: layers[.shelters] ?? [], residences: residences, minutes: minutes, type: type)
        let children = try await store.regions.list(parent: region.code)
        let outlined = Set([code] + children.map(\.code.rawValue))
        let areas = try await store.regionAreas.all().filter { outlined.contains($0.code) }.sorted { $0.depth < $1.depth }
        map.outlines = areas.flatMap { entry in
            entry.area.polygons.map { MapPolygon(rings: $0, name: entry.code, fill: entry.code == code ? "#f4f1e8" : "none") }
        }
        let succeeded = try await store.analysisJobs.latestSucceededByAnalysis(region: code)
        if let areas = succeeded[AnalysisJobKind.isochrones.rawValue]?.outcome?.isochrones {
            map.areas = areas.map { area in
                MapPolygon(
                    rings: [area.ring.compactMap { $0.count == 2 ? GeoPoint(longitude: $0[0], latitude: $0[1]) : nil }],
                    name: area.name.isEmpty ? area.id : area.name, fill: LivingCircleMap.areaFill)
            }
        }
        var streetData: [String: Any] = ["hasStreets": false]
        if let (job, artefact, network) = try await analyses.latestNetwork(for: code) {
            let outline = areas.first { $0.code == code }?.area.polygons.flatMap { $0.flatMap { $0 } } ?? []
            let imported = layers[.facilities] ?? []
            let key = StreetColourCache.Key(
                network: job.network.sha256, type: type, speed: standard.walkingSpeed, imported: imported, outline: outline)
            let streets = streetColours.streets(key) {
                LivingCircleStreets(artefact: artefact, network: network, type: type, imported: imported, standard: standard, within: outline)
            }
            map.streets = streets.segments
            streetData = [
                "hasStreets": true,
                "streetsNote": catalogue.text(
                    "living_streets_note", language, String(job.id), NumberFormat.chinaTime(job.finishedAt ?? job.createdAt),
                    NumberFormat.integer(streets.segments.count)),
                "streetsTruncated": streets.truncated
                    ? catalogue.text("living_streets_truncated", language, NumberFormat.integer(LivingCircleStreets.limit)) : "",
            ]
        }
        let figures = try await figureRows(for: [region] + children, language: language)
        let shelterTotals = try await AccessIndicatorSource(store: store).totals(
            for: [region] + children, indicators: [LivingCircleShelters.indicator])
        let latest = succeeded[AnalysisJobKind.shelters.rawValue]
        let reach = latest?.outcome?.shelters?.shelters ?? []
        let shelters = LivingCircleShelters(
            shelters: layers[.shelters] ?? [], totals: shelterTotals,
            regionNames: Dictionary(([region] + children).map { ($0.code.rawValue, $0.name(in: language)) }, uniquingKeysWith: { first, _ in first }),
            reach: Dictionary(reach.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }), reachPeriod: latest?.period,
            classes: analyses.standards.shelterClasses)
        var data: [String: Any] = [
            "code": code, "name": region.name(in: language),
            "map": map.render(
                title: catalogue.text("living_map_title", language, region.name(in: language)), catalogue: catalogue, language: language),
            "hasAccess": !minutes.isEmpty, "truncated": truncated, "limit": NumberFormat.integer(Self.mapLimit),
            "counts": catalogue.text(
                "living_counts", language, String(residences.count), String(layers[.facilities]?.count ?? 0),
                String(layers[.shelters]?.count ?? 0), String(minutes.count)),
            "children": children.map {
                ["code": $0.code.rawValue, "name": $0.name(in: language), "nameLang": $0.nameLanguage(in: language).rawValue]
            }, "hasChildren": !children.isEmpty,
            "figures": figures.rows, "hasFigures": !figures.rows.isEmpty, "columns": figures.columns,
        ]
        data.merge(shelters.data(catalogue: catalogue, language: language)) { current, _ in current }
        let checked = succeeded[AnalysisJobKind.communities.rawValue]
        data.merge(
            LivingCircleCommunities(result: checked?.outcome?.communities, job: checked?.id, finishedAt: checked?.finishedAt)
                .data(catalogue: catalogue, language: language)
        ) { current, _ in current }
        data.merge(try await jobsData(region: code, context: context)) { current, _ in current }
        data.merge(streetData) { current, _ in current }
        data["jobProblem"] = jobProblem ?? false
        data["mapTypes"] = types.map {
            ["value": $0, "label": LivingCircleMap.typeLabel($0, catalogue: catalogue, language: language), "selected": $0 == type]
        }
        return pages.render(
            "living-circles", title: catalogue.text("living_title", language), data: data, current: "/living-circles", context: context,
            status: status)
    }

    /// The facility types the map can colour by: those the standard's tiers require, each once, in the tiers' order.
    static func mapTypes(_ standard: LivingCircleStandard) -> [String] {
        var types: [String] = []
        for tier in standard.tiers.indices {
            for requirement in standard.requirements(ofTier: tier) where !types.contains(requirement.type) { types.append(requirement.type) }
        }
        return types
    }

    /// The region the query names (or the user's first scope region, or the top of the tree), within the scope.
    func chosenRegion(_ request: Request, _ principal: Principal) async throws -> Region {
        try await ScopedRegion.resolve(RequestParameters.text(request, "region"), for: principal, in: store)
    }

    /// The recorded figures of the regions, one row per region and period, newest first.
    func figureRows(for regions: [Region], language: Language) async throws -> (columns: [[String: Any]], rows: [[String: Any]]) {
        let framework = try await store.frameworks.activeOrBuiltIn()
        let indicators = AccessIndicator.all
        let observations = try await AccessIndicatorSource(store: store).observations(for: regions)
        let columns: [[String: Any]] = indicators.map { ["code": $0.code, "name": framework.indicator($0.code)?.name(in: language) ?? $0.code] }
        var rows: [[String: Any]] = []
        for region in regions {
            let own = observations.filter { $0.region == region.code.rawValue }
            for period in Set(own.map(\.period)).sorted(by: >) {
                let values = indicators.map { indicator -> String in
                    guard let value = own.first(where: { $0.indicator == indicator.code && $0.period == period })?.value else { return "—" }
                    return indicator.isPercentage
                        ? String(format: "%.1f %%", value) : catalogue.text("unit_m2_per_person_value", language, String(format: "%.2f", value))
                }
                rows.append([
                    "code": region.code.rawValue, "name": region.name(in: language), "nameLang": region.nameLanguage(in: language).rawValue,
                    "period": period, "values": values,
                ])
            }
        }
        return (columns, rows)
    }
}
