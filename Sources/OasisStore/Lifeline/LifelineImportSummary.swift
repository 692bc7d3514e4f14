/// What a registry import wrote: new records and replaced ones.
public struct LifelineImportSummary: Codable, Sendable, Equatable {
    public var inserted: Int
    public var updated: Int

    public init(inserted: Int, updated: Int) {
        self.inserted = inserted
        self.updated = updated
    }
}
