import Foundation
import OasisCore
import OasisRouting
import OasisStore

/// One residence's result as an `access` layer feature: the residence's point, region and population, and as
/// properties the walking distance in metres to the nearest facility of each type (`kindergarten_m` …, null
/// beyond the search limit), the largest tier met (`tier_met`, null for none), the walking speed, the search
/// limit and the id of the residence feature it describes.
public enum ResidenceAccessFeature {
    public static let kind = "residence"
    public static let residenceID = "residence_id"
    public static let tierMet = "tier_met"
    public static let speed = "walking_speed_m_per_min"
    public static let limit = "limit_m"

    /// The property holding the distance to the nearest facility of `type`.
    public static func distanceProperty(_ type: String) -> String { "\(type)_m" }

    public static func make(_ residence: SpatialFeaturePoint, _ access: ResidenceAccess, standard: LivingCircleStandard) -> SpatialFeature {
        var properties: [String: Any] = [
            residenceID: residence.id, speed: standard.walkingSpeed, limit: standard.largestDistance,
            tierMet: access.tierMet.map { standard.tiers[$0].name } ?? NSNull(),
        ]
        for (type, distance) in access.distances {
            properties[distanceProperty(type)] = distance.isFinite ? (distance * 10).rounded() / 10 : NSNull()
        }
        let text =
            (try? JSONSerialization.data(withJSONObject: properties, options: [.sortedKeys]))
            .map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        return SpatialFeature(
            layer: .access, externalID: residence.key("residence"), region: residence.region, kind: kind,
            name: residence.name, geometry: .point(GeoPoint(longitude: residence.longitude, latitude: residence.latitude)),
            population: residence.population, otherProperties: text)
    }

    /// Reads back from a stored feature's GeoJSON the residence it describes and the walking minutes to the
    /// nearest facility of `type` (`.infinity` beyond the search limit); nil when the feature says neither.
    public static func minutes(to type: String, in geoJSON: String) -> (residence: Int64, minutes: Double)? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(geoJSON.utf8)) as? [String: Any],
            let properties = object["properties"] as? [String: Any],
            let residence = number(properties[residenceID]).map(Int64.init),
            let speed = number(properties[speed]), speed > 0,
            properties.keys.contains(distanceProperty(type))
        else { return nil }
        return (residence, number(properties[distanceProperty(type)]).map { $0 / speed } ?? .infinity)
    }

    /// A JSON number as read by `JSONSerialization` (an `Int`, a `Double` or an `NSNumber`, by platform).
    public static func number(_ value: Any?) -> Double? {
        switch value {
        case let value as Int: Double(value)
        case let value as Double: value
        case let value as NSNumber: value.doubleValue
        default: nil
        }
    }
}
