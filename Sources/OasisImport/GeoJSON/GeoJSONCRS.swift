import Foundation
import OasisCore

/// The coordinate system a GeoJSON object's `crs` member names (the 2008 GeoJSON form RFC 7946 dropped but
/// GIS tools still write): `{"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::3857"}}`, or the
/// older `{"type": "EPSG", "properties": {"code": 3857}}`. Nil when there is no member; an unknown or
/// malformed one throws an error whose one detail names `path.crs`.
enum GeoJSONCRS {
    static func system(of object: [String: Any], path: String) throws(OasisError) -> CoordinateSystem? {
        guard let member = object["crs"], !(member is NSNull) else { return nil }
        let properties = (member as? [String: Any])?["properties"] as? [String: Any]
        let name = (properties?["name"] as? String) ?? (properties?["code"]).map { "EPSG:\($0)" }
        guard let name else {
            throw refusal(path, "a crs member is {\"type\": \"name\", \"properties\": {\"name\": …}}")
        }
        guard let system = CoordinateSystem(name: name) else {
            throw refusal(path, "\(name) is not a coordinate system Oasis converts; use \(CoordinateSystem.acceptedNames)")
        }
        return system
    }

    static func refusal(_ path: String, _ reason: String) -> OasisError {
        OasisError.invalid(
            code: "crs_unknown", message: "The coordinate system is not one Oasis converts.", details: [.init(field: "\(path).crs", reason: reason)])
    }
}
