import OasisCore

/// A line on a `FeatureMap` drawn in its category's colour (a pipeline coloured by its state), above the grey
/// network and below the point markers. `name` becomes the line's tooltip; a category the map does not list is grey.
public struct MapLine: Sendable, Hashable {
    public var points: [GeoPoint]
    public var name: String
    public var category: String

    public init(points: [GeoPoint], name: String, category: String) {
        self.points = points
        self.name = name
        self.category = category
    }
}
