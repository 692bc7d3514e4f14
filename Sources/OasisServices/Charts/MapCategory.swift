/// A kind of point on a `FeatureMap` (a facility type, a shelter class): its legend label, its fill and a
/// marker shape, so that categories stay apart when printed in black and white.
public struct MapCategory: Sendable, Hashable {
    public enum Shape: String, Sendable, CaseIterable {
        case circle, square, triangle, diamond
    }

    public var key: String
    public var label: String
    public var fill: String
    public var shape: Shape

    public init(key: String, label: String, fill: String, shape: Shape) {
        self.key = key
        self.label = label
        self.fill = fill
        self.shape = shape
    }
}
