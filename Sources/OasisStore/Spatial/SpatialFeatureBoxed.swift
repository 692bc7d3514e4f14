import OasisCore

/// A stored feature with its bounding box and GeoJSON text, as held in memory by the OGC API.
public struct SpatialFeatureBoxed: Sendable, Hashable {
    public var id: Int64
    public var box: SpatialBox
    public var text: String

    public init(id: Int64, box: SpatialBox, text: String) {
        self.id = id
        self.box = box
        self.text = text
    }
}
