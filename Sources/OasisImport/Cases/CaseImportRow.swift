import Foundation
import OasisCore

/// One historical case read from a file and validated: plain values, ready for a bulk insert.
public struct CaseImportRow: Sendable, Equatable {
    /// The line of the file the record starts on.
    public var line: Int
    public var externalID: String
    public var createdAt: Date
    public var closedAt: Date?
    /// A taxonomy code.
    public var category: String
    public var requestType: String?
    public var status: CaseStatus
    public var closure: CaseClosure?
    public var channel: String?
    public var description: String?
    public var address: String?
    /// WGS-84 degrees.
    public var latitude: Double?
    public var longitude: Double?
    public var region: String?
    public var unit: String?
    /// The follow-up call the source recorded, if any.
    public var followUp: FollowUpVisit?

    public init(
        line: Int, externalID: String, createdAt: Date, closedAt: Date? = nil, category: String, requestType: String? = nil,
        status: CaseStatus, closure: CaseClosure? = nil, channel: String? = nil, description: String? = nil, address: String? = nil,
        latitude: Double? = nil, longitude: Double? = nil, region: String? = nil, unit: String? = nil, followUp: FollowUpVisit? = nil
    ) {
        self.line = line
        self.externalID = externalID
        self.createdAt = createdAt
        self.closedAt = closedAt
        self.category = category
        self.requestType = requestType
        self.status = status
        self.closure = closure
        self.channel = channel
        self.description = description
        self.address = address
        self.latitude = latitude
        self.longitude = longitude
        self.region = region
        self.unit = unit
        self.followUp = followUp
    }
}
