/// What a layer import did: features removed (when replacing) and features stored.
public struct SpatialLayerImportSummary: Sendable, Hashable, Codable {
    public var deleted: Int
    public var inserted: Int

    public init(deleted: Int, inserted: Int) {
        self.deleted = deleted
        self.inserted = inserted
    }
}
