import OasisCore

/// A line on a `FeatureMap` coloured by the map's `CoverageScale` (a street segment by its walking minutes to the
/// nearest facility of a type), above the grey network and below the markers.
public struct MapValuedLine: Sendable, Hashable {
    public var points: [GeoPoint]
    public var value: Double

    public init(points: [GeoPoint], value: Double) {
        self.points = points
        self.value = value
    }
}
