import ArgumentParser
import Foundation
import OasisCore
import OasisRouting

/// `oasis analyse isochrone`: the area a person reaches on foot from a point within each number of minutes, as
/// GeoJSON polygons (the convex hull of the reachable network nodes) with the walking limit and node count.
struct AnalyseIsochroneCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "isochrone",
        abstract: "Walking isochrones from a point: a GeoJSON FeatureCollection with one polygon per number of minutes.",
        discussion:
            "The point is attached to its nearest network node; each polygon is the convex hull of the nodes within minutes × speed metres of walking. Coordinates are WGS-84."
    )
    @OptionGroup var networkOptions: NetworkOptions
    @Option(help: "Longitude of the point, WGS-84 degrees.") var lon: Double
    @Option(help: "Latitude of the point, WGS-84 degrees.") var lat: Double
    @Option(help: "Minutes, comma-separated.") var minutes: String = "5,10,15"
    @Option(help: "Walking speed, metres per minute.") var speed: Double = 60
    @OptionGroup var progress: ProgressOptions

    func validate() throws {
        guard (-180...180).contains(lon) else { throw ValidationError("--lon \(lon) is outside -180…180.") }
        guard (-90...90).contains(lat) else { throw ValidationError("--lat \(lat) is outside -90…90.") }
        if let reason = NumericDomain.walkingSpeed.reason(speed) { throw ValidationError("--speed: \(reason).") }
        guard !minuteList.isEmpty, minuteList.allSatisfy(NumericDomain.walkingMinutes.contains) else {
            throw ValidationError("--minutes takes numbers in \(NumericDomain.walkingMinutes.rangeText), such as 5,10,15.")
        }
    }

    var minuteList: [Double] {
        minutes.split(separator: ",").compactMap { DecimalText.number($0.trimmingCharacters(in: .whitespaces)) }
    }

    func run() async throws {
        let console = progress.console()
        let access = try networkOptions.load(progress: console.reporter).accessNetwork()
        var features: [[String: Any]] = []
        for minutes in minuteList.sorted() {
            guard let isochrone = Isochrone.compute(from: lon, lat, minutes: minutes, speed: speed, network: access) else {
                throw CLIError("\(networkOptions.network): the network has no nodes to start from.")
            }
            let ring = isochrone.ring.map { [$0.longitude, $0.latitude] }
            let geometry: Any = ring.count >= 4 ? ["type": "Polygon", "coordinates": [ring]] as [String: Any] : NSNull()
            features.append([
                "type": "Feature", "geometry": geometry,
                "properties": [
                    "minutes": minutes, "limit_m": isochrone.limit, "reachable_nodes": isochrone.reachable.count,
                    "origin_node": isochrone.origin, "snap_m": (isochrone.snapDistance * 10).rounded() / 10,
                ] as [String: Any],
            ])
        }
        let collection: [String: Any] = ["type": "FeatureCollection", "features": features]
        let data = try JSONSerialization.data(withJSONObject: collection, options: [.sortedKeys, .withoutEscapingSlashes])
        print(String(decoding: data, as: UTF8.self))
    }
}
