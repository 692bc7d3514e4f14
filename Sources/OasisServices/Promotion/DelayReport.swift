import Foundation
import OasisCore

/// Delays by lead unit and by region: overdue tasks, late projects, overdue milestones, cost overruns.
public struct DelayReport: Codable, Sendable {
    public var region: String?
    public var asOf: Date
    public var byUnit: [DelayGroup]
    public var byRegion: [DelayGroup]
}
