import OasisCore

/// Population-weighted coverage by region: for each tier of a `LivingCircleStandard`, the share of each
/// region's residents whose node lies within the tier's distance of each type the tier requires (with the
/// lower tiers' types at their own distances, as the tier rule says), and the share meeting the whole tier.
/// A region with no population has shares of 0. Regions come out sorted by key. Each region is one item of
/// `ProgressStep.coverage`.
public enum PopulationCoverage {
    public static func compute(
        standard: LivingCircleStandard, distances: FacilityDistances,
        residences: [AttachedResidence], progress: ProgressReporter = .silent
    ) -> [RegionCoverage] {
        let requirements = standard.tiers.indices.map(standard.requirements(ofTier:))
        let distances = distances.resolving(requirements.joined().map(\.type))
        var byRegion: [String: [AttachedResidence]] = [:]
        for residence in residences { byRegion[residence.point.region, default: []].append(residence) }
        let tracker = progress.start(.coverage, total: byRegion.count)
        defer { tracker.finish() }
        return byRegion.keys.sorted().map { region in
            defer { tracker.advance() }
            let people = byRegion[region] ?? []
            let total = people.reduce(0) { $0 + $1.point.population }
            let tiers = standard.tiers.indices.map { index -> TierShare in
                var typePopulation: [String: Double] = [:]
                var tierPopulation = 0.0
                for residence in people {
                    var meetsAll = true
                    for requirement in requirements[index] {
                        if distances.distance(requirement.type, from: residence.node) <= requirement.distance {
                            typePopulation[requirement.type, default: 0] += residence.point.population
                        } else {
                            meetsAll = false
                        }
                    }
                    if meetsAll { tierPopulation += residence.point.population }
                }
                let shares = Dictionary(
                    uniqueKeysWithValues: requirements[index].map {
                        ($0.type, total > 0 ? (typePopulation[$0.type] ?? 0) / total : 0)
                    })
                return TierShare(
                    tier: standard.tiers[index].name, distance: standard.distance(ofTier: index),
                    share: total > 0 ? tierPopulation / total : 0, typeShares: shares)
            }
            return RegionCoverage(region: region, population: total, tiers: tiers)
        }
    }
}
