/// A stored feature as its GeoJSON Feature text (with `"id": id`), ready to be written into a response.
public struct SpatialFeatureGeoJSON: Sendable, Hashable {
    public var id: Int64
    public var text: String

    public init(id: Int64, text: String) {
        self.id = id
        self.text = text
    }
}
