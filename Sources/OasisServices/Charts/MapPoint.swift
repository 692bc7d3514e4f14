import OasisCore

/// A point on a `FeatureMap`: a facility of a category, or a residence carrying a value (minutes of walking
/// to the nearest facility) that a `CoverageScale` colours. `name` becomes the marker's tooltip.
public struct MapPoint: Sendable, Hashable {
    public var position: GeoPoint
    public var name: String
    public var category: String?
    public var value: Double?

    public init(position: GeoPoint, name: String, category: String? = nil, value: Double? = nil) {
        self.position = position
        self.name = name
        self.category = category
        self.value = value
    }
}
