import Foundation

/// A new case as the REST API and the web form take it. Only the category and a description (or a
/// location) are required; coordinates may be GCJ-02 (`coordinateSystem: "gcj02"`) and are converted.
public struct CaseInput: Decodable, Sendable {
    public var kind: CaseKind?
    public var requestType: String?
    public var category: String
    public var channel: String?
    public var priority: CasePriority?
    public var description: String?
    public var longitude: Double?
    public var latitude: Double?
    public var coordinateSystem: CoordinateSystem?
    public var address: String?
    public var region: String?
    public var reporter: CaseReporter?
    public var attachments: [CaseAttachment]?

    public init(
        kind: CaseKind? = nil, requestType: String? = nil, category: String, channel: String? = nil, priority: CasePriority? = nil,
        description: String? = nil, longitude: Double? = nil, latitude: Double? = nil, coordinateSystem: CoordinateSystem? = nil,
        address: String? = nil, region: String? = nil, reporter: CaseReporter? = nil, attachments: [CaseAttachment]? = nil
    ) {
        self.kind = kind
        self.requestType = requestType
        self.category = category
        self.channel = channel
        self.priority = priority
        self.description = description
        self.longitude = longitude
        self.latitude = latitude
        self.coordinateSystem = coordinateSystem
        self.address = address
        self.region = region
        self.reporter = reporter
        self.attachments = attachments
    }
}
