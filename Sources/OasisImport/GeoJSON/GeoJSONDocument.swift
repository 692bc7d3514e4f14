import Foundation
import OasisCore

/// The first steps of every GeoJSON reader: parse the bytes (refusing invalid JSON at `$`) and find a
/// FeatureCollection's features (refusing anything else at `$.type` or `$.features`).
enum GeoJSONDocument {
    static func root(_ bytes: [UInt8], what: String) throws(OasisError) -> Any {
        try StrictJSONSyntax.requireNoTrailingCommas(bytes, code: "geojson_invalid")
        do {
            return try JSONSerialization.jsonObject(with: Data(bytes))
        } catch {
            throw OasisError.invalid(
                code: "geojson_invalid", message: "The \(what) is not valid JSON: \(error.localizedDescription)",
                details: [.init(field: "$", reason: "not valid JSON")])
        }
    }

    static func featureCollection(_ bytes: [UInt8], what: String) throws(OasisError) -> (collection: [String: Any], features: [Any]) {
        guard let collection = try root(bytes, what: what) as? [String: Any], collection["type"] as? String == "FeatureCollection" else {
            throw OasisError.invalid(
                code: "geojson_invalid", message: "The \(what) comes as a GeoJSON FeatureCollection.",
                details: [.init(field: "$.type", reason: "expected FeatureCollection")])
        }
        guard let features = collection["features"] as? [Any] else {
            throw OasisError.invalid(
                code: "geojson_invalid", message: "A FeatureCollection needs a features array.",
                details: [.init(field: "$.features", reason: "expected an array of features")])
        }
        return (collection, features)
    }
}
