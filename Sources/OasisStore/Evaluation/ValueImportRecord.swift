import Foundation

/// One import of indicator values: what file, by whom, and what it changed.
public struct ValueImportRecord: Sendable, Codable, Equatable {
    public var id: Int64
    public var fileName: String
    public var format: String
    public var sha256: String
    public var rowCount: Int
    /// Values inserted or changed (re-importing the same file writes 0).
    public var written: Int
    public var rejected: Int
    public var actorName: String
    public var createdAt: Date
}
