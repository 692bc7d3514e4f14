import Foundation

extension SpatialFeature {
    /// The property names the typed fields are read from and written to.
    public enum PropertyName {
        public static let externalID = "external_id"
        public static let region = "region_code"
        public static let name = "name"
        public static let population = "population"
        public static let effectiveArea = "effective_area_m2"
        public static let capacity = "capacity"
        /// Every name with a typed field, besides the layer's kind property.
        public static let typed: Set<String> = [externalID, region, name, population, effectiveArea, capacity]
    }

    /// The properties object: the other properties with the typed fields written back under their names.
    public var propertiesObject: [String: Any] {
        var object = (try? JSONSerialization.jsonObject(with: Data(otherProperties.utf8))) as? [String: Any] ?? [:]
        let typed: [(String, Any?)] = [
            (PropertyName.externalID, externalID), (PropertyName.region, region), (layer.kindProperty, kind), (PropertyName.name, name),
            (PropertyName.population, population), (PropertyName.effectiveArea, effectiveArea), (PropertyName.capacity, capacity),
        ]
        for case (let key, let value?) in typed { object[key] = value }
        return object
    }

    /// The GeoJSON Feature as compact text with the given id, ready to be concatenated into a FeatureCollection.
    public func geoJSON(id: Int64) -> String {
        let properties =
            (try? JSONSerialization.data(withJSONObject: propertiesObject, options: [.sortedKeys, .withoutEscapingSlashes]))
            .map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        return "{\"type\":\"Feature\",\"id\":\(id),\"geometry\":\(geometry.geoJSON),\"properties\":\(properties)}"
    }
}
