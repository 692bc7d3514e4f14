import OasisCore

/// What an import of grids stored: how many, and their codes.
public struct GridImportSummary: Codable, Sendable, Equatable {
    public var imported: Int
    public var codes: [String]

    public init(_ grids: [Grid]) {
        imported = grids.count
        codes = grids.map(\.code)
    }
}
