import Foundation
import OasisCore

/// The geometry of a stored feature's GeoJSON text (already WGS-84 and checked on import), for the exact
/// `bbox` test of features that are not points.
public enum StoredFeatureGeometry {
    public static func decode(_ text: String) -> SpatialGeometry? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else { return nil }
        var details: [OasisError.Detail] = []
        return GeoJSONGeometryReader.geometry(object["geometry"], path: "$.geometry", system: .wgs84, details: &details)
    }
}
