import OasisCore

/// An area on a `FeatureMap` (a district, a residential block): rings of positions, filled even–odd so
/// that holes work, with a name for its tooltip.
public struct MapPolygon: Sendable, Hashable {
    public var rings: [[GeoPoint]]
    public var name: String
    public var fill: String

    public init(rings: [[GeoPoint]], name: String, fill: String = "#e8f1ef") {
        self.rings = rings
        self.name = name
        self.fill = fill
    }
}
