import OasisCore

/// The features read from one layer file and the coordinate system they were converted from.
public struct SpatialFeatureFile: Sendable {
    public var features: [SpatialFeature]
    public var coordinateSystem: CoordinateSystem

    public init(features: [SpatialFeature], coordinateSystem: CoordinateSystem) {
        self.features = features
        self.coordinateSystem = coordinateSystem
    }
}
