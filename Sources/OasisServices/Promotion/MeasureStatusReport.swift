import Foundation
import OasisCore

/// The implementation status of every measure of a policy in a region: the promotion mechanism's main view.
public struct MeasureStatusReport: Codable, Sendable {
    public var policyID: String
    public var policyTitleZh: String
    public var policyTitleEn: String
    public var region: String
    public var asOf: Date
    public var measures: [MeasureStatus]
}
