/// What a region import changed.
public struct RegionImportSummary: Sendable, Codable, Equatable {
    public var inserted = 0
    public var updated = 0
    public var unchanged = 0
    public init() {}
}
