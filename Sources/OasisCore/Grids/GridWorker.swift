import Foundation

/// A user assigned to patrol a grid (网格员).
public struct GridWorker: Codable, Sendable, Equatable {
    public var grid: String
    public var username: String
    public var assignedAt: Date

    public init(grid: String, username: String, assignedAt: Date) {
        self.grid = grid
        self.username = username
        self.assignedAt = assignedAt
    }
}
