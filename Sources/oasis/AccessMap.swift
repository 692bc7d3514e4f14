import Foundation
import OasisCore
import OasisRouting
import OasisServices

/// The map `oasis analyse access --map` writes: the walking network, the facilities of the chosen types by
/// category, and every network node coloured by walking minutes to the nearest facility of one type.
enum AccessMap {
    static let palette: [(fill: String, shape: MapCategory.Shape)] = [
        ("#d9a441", .circle), ("#a4161a", .triangle), ("#1f5f99", .square), ("#6b4a00", .diamond),
        ("#5b2a86", .circle), ("#0b6e63", .triangle), ("#8a5a44", .square), ("#444444", .diamond),
    ]

    static func make(
        artefact: NetworkArtefact, distances: FacilityDistances, types: [String], colourBy type: String, minutes: [Double],
        speed: Double
    ) -> FeatureMap {
        let network = artefact.graph
        var map = FeatureMap(
            title: "Walking minutes to the nearest \(type)",
            description:
                "\(network.nodeCount) network nodes coloured by walking time at \(String(format: "%g", speed)) m/min to the nearest \(type); "
                + "facilities of \(types.joined(separator: ", ")) marked by type.")
        var lines: [[GeoPoint]] = []
        for node in 0..<network.nodeCount {
            for slot in Int(network.offsets[node])..<Int(network.offsets[node + 1]) where Int(network.targets[slot]) > node {
                let other = Int(network.targets[slot])
                lines.append([
                    GeoPoint(longitude: artefact.longitudes[node], latitude: artefact.latitudes[node]),
                    GeoPoint(longitude: artefact.longitudes[other], latitude: artefact.latitudes[other]),
                ])
            }
        }
        map.lines = lines
        map.categories = types.enumerated().map { index, type in
            let style = palette[index % palette.count]
            return MapCategory(key: type, label: type, fill: style.fill, shape: style.shape)
        }
        let values = distances.byType[type] ?? []
        map.points =
            values.indices.map { node in
                let minutes = values[node] / speed
                return MapPoint(
                    position: GeoPoint(longitude: artefact.longitudes[node], latitude: artefact.latitudes[node]),
                    name: minutes.isFinite ? "node \(node): \(String(format: "%.1f", minutes)) min" : "node \(node): beyond", value: minutes)
            }
            + artefact.facilities.filter { types.contains($0.type) }.map { facility in
                MapPoint(
                    position: GeoPoint(longitude: facility.longitude, latitude: facility.latitude), name: facility.name ?? facility.type,
                    category: facility.type)
            }
        map.coverage = .minutes(title: type, bounds: minutes, beyond: "> \(String(format: "%g", minutes.max() ?? 15)) min")
        map.source = "Network and facilities: OpenStreetMap contributors (ODbL); drawn by Oasis"
        return map
    }
}
