import Foundation
import OasisCore

/// A project's site as GeoJSON, as the project form takes and gives it: a Point (the site) or a Polygon or
/// MultiPolygon (its area), bare or in a Feature or a one-feature FeatureCollection, WGS-84 longitude, latitude.
public enum SiteGeoJSON {
    /// The site a GeoJSON text describes, or nil when it describes none (not JSON, another geometry, bad
    /// coordinates: the polygon reader's checks apply).
    public static func read(_ text: String) -> (location: GeoPoint?, area: BoundaryArea?)? {
        guard let root = try? JSONSerialization.jsonObject(with: Data(text.utf8)) else { return nil }
        if let point = point(root) { return (point, nil) }
        guard let area = try? BoundaryGeoJSONReader.read(Array(text.utf8)), !area.polygons.isEmpty else { return nil }
        return (nil, area)
    }

    static func point(_ value: Any) -> GeoPoint? {
        guard let object = value as? [String: Any], let type = object["type"] as? String else { return nil }
        switch type {
        case "Feature": return object["geometry"].flatMap(point)
        case "FeatureCollection":
            guard let features = object["features"] as? [Any], features.count == 1 else { return nil }
            return point(features[0])
        case "Point":
            guard let coordinates = object["coordinates"] as? [Any], coordinates.count >= 2,
                let longitude = (coordinates[0] as? NSNumber)?.doubleValue, let latitude = (coordinates[1] as? NSNumber)?.doubleValue,
                (-180...180).contains(longitude), (-90...90).contains(latitude)
            else { return nil }
            return GeoPoint(longitude: longitude, latitude: latitude)
        default: return nil
        }
    }

    /// The GeoJSON geometry of a site (its area when it has one), or nil without a site.
    public static func text(point: GeoPoint?, area: BoundaryArea?) -> String? {
        func position(_ point: GeoPoint) -> String { "[\(point.longitude),\(point.latitude)]" }
        if let area, !area.polygons.isEmpty {
            let polygons = area.polygons.map { rings in
                "[" + rings.map { "[" + $0.map(position).joined(separator: ",") + "]" }.joined(separator: ",") + "]"
            }
            return "{\"type\":\"MultiPolygon\",\"coordinates\":[" + polygons.joined(separator: ",") + "]}"
        }
        return point.map { "{\"type\":\"Point\",\"coordinates\":\(position($0))}" }
    }
}
