import OasisCore

/// Shelter capacity against population (DOMAIN.md §5): each shelter is attached to its nearest node, the
/// residents whose node lies within its class's service radius (network distance) are summed, and the
/// results are gathered per district key (the shelter's district; the district's population is that of the
/// residents carrying its key). A district with residents and no shelter appears with zero capacity.
/// Each shelter's search is one item of `ProgressStep.shelterReach`; once the reporter is cancelled, the
/// shelters not yet searched are left out (an incomplete answer, to be discarded).
public enum ShelterCapacity {
    public static func assess(
        _ shelters: [Shelter], residences: [AttachedResidence], network: AccessNetwork,
        progress: ProgressReporter = .silent
    ) -> (shelters: [ShelterAssessment], districts: [DistrictShelterSummary]) {
        var populationAt = [Double](repeating: 0, count: network.graph.nodeCount)
        var districtPopulation: [String: Double] = [:]
        for residence in residences {
            populationAt[residence.node] += residence.point.population
            districtPopulation[residence.point.region, default: 0] += residence.point.population
        }
        let search = NearestFacilitySearch(graph: network.graph)
        var assessments: [ShelterAssessment] = []
        var reached: [String: [Bool]] = [:]
        let tracker = progress.start(.shelterReach, total: shelters.count)
        for shelter in shelters where !tracker.isCancelled {
            defer { tracker.advance() }
            guard let snap = network.snap(longitude: shelter.longitude, latitude: shelter.latitude) else { continue }
            let distances = search.distances(from: [snap.node], limit: shelter.shelterClass.serviceRadius)
            var population = 0.0
            var mask = reached[shelter.district] ?? [Bool](repeating: false, count: network.graph.nodeCount)
            for node in distances.indices where distances[node].isFinite {
                population += populationAt[node]
                mask[node] = true
            }
            reached[shelter.district] = mask
            assessments.append(
                ShelterAssessment(
                    id: shelter.id, district: shelter.district, node: snap.node, snapDistance: snap.distance,
                    capacity: shelter.capacity, populationWithinRadius: population))
        }
        tracker.finish()
        let districts = Set(shelters.map(\.district)).union(districtPopulation.keys).sorted()
        let summaries = districts.map { district in
            let own = shelters.filter { $0.district == district }
            let served = reached[district].map { mask in mask.indices.reduce(0.0) { mask[$1] ? $0 + populationAt[$1] : $0 } } ?? 0
            return DistrictShelterSummary(
                district: district, shelterCount: own.count,
                effectiveArea: own.reduce(0) { $0 + $1.effectiveArea },
                capacity: own.reduce(0) { $0 + $1.capacity },
                population: districtPopulation[district] ?? 0, populationServed: served)
        }
        return (assessments, summaries)
    }
}
