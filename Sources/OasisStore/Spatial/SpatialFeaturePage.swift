/// One page of a layer listing: the features in id order and how many matched the filter in all.
public struct SpatialFeaturePage: Sendable, Hashable {
    public var features: [SpatialFeatureGeoJSON]
    public var matched: Int

    public init(features: [SpatialFeatureGeoJSON], matched: Int) {
        self.features = features
        self.matched = matched
    }

    /// The features as one GeoJSON FeatureCollection text, concatenated without re-encoding.
    public var featureCollection: String {
        "{\"type\":\"FeatureCollection\",\"features\":[" + features.map(\.text).joined(separator: ",") + "]}"
    }
}
