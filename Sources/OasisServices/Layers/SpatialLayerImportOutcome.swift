import OasisCore

/// What a layer upload did, as the API and the CLI report it.
public struct SpatialLayerImportOutcome: Sendable, Encodable {
    public var layer: SpatialLayer
    public var source: String
    public var region: String?
    /// The coordinate system the file was converted from.
    public var crs: CoordinateSystem
    public var deleted: Int
    public var inserted: Int
}
