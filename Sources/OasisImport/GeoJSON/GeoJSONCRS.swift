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

    /// The file's system, the caller's, or WGS-84. The two must agree, except that a GCJ-02 file may be labelled
    /// WGS-84: GCJ-02 has no code of its own and Chinese map services' exports carry EPSG:4326.
    static func resolve(_ collection: [String: Any], given coordinateSystem: CoordinateSystem?) throws(OasisError) -> CoordinateSystem {
        let declared = try system(of: collection, path: "$")
        guard let declared else { return coordinateSystem ?? .wgs84 }
        guard let given = coordinateSystem, given != declared else { return declared }
        let identities: Set<CoordinateSystem> = [.wgs84, .cgcs2000]
        if identities.contains(declared) && (identities.contains(given) || given == .gcj02) { return given }
        throw OasisError.invalid(
            code: "crs_conflict", message: "The file says \(declared.identifier) but \(given.identifier) was asked for.",
            details: [.init(field: "$.crs", reason: "\(declared.identifier) conflicts with the requested \(given.identifier)")])
    }
}
