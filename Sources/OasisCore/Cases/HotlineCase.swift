import Foundation

/// A case of the closed loop: what was reported, where, by whom (if they said), and where it stands.
public struct HotlineCase: Codable, Sendable, Equatable, Identifiable {
    public var id: Int64
    public var kind: CaseKind
    /// The hotline request type (consultation, help, complaint, report, suggestion) for citizen requests.
    public var requestType: String?
    /// The subject category of the taxonomy (a component or event class, or a service).
    public var category: String
    /// hotline, web, open311, app, inspector, import …
    public var channel: String
    public var priority: CasePriority
    public var description: String
    /// WGS-84 (GCJ-02 input is converted before it gets here).
    public var location: GeoPoint?
    public var address: String?
    public var region: String?
    public var reporter: CaseReporter?
    public var attachments: [CaseAttachment]
    public var workflow: CaseWorkflow
    public var registeredAt: Date
    public var dispatchedAt: Date?
    public var closedAt: Date?
    public var deadlines: CaseDeadlines?
    /// Under supervision (督办).
    public var supervised: Bool
    /// Units summoned onto the case by a whistle (吹哨).
    public var summonedUnits: [String]
    /// The id in the system it came from (bulk imports) and that system's name.
    public var externalID: String?
    public var source: String
    /// The Open311 token handed out when the id is not known yet.
    public var token: String?
    /// The code of the grid (网格) whose area holds the location, set at intake.
    public var grid: String?

    public init(
        id: Int64 = 0, kind: CaseKind = .request, requestType: String? = nil, category: String, channel: String, priority: CasePriority = .normal,
        description: String, location: GeoPoint? = nil, address: String? = nil, region: String? = nil, reporter: CaseReporter? = nil,
        attachments: [CaseAttachment] = [], workflow: CaseWorkflow = CaseWorkflow(), registeredAt: Date, dispatchedAt: Date? = nil,
        closedAt: Date? = nil,
        deadlines: CaseDeadlines? = nil, supervised: Bool = false, summonedUnits: [String] = [], externalID: String? = nil, source: String = "oasis",
        token: String? = nil, grid: String? = nil
    ) {
        self.id = id
        self.kind = kind
        self.requestType = requestType
        self.category = category
        self.channel = channel
        self.priority = priority
        self.description = description
        self.location = location
        self.address = address
        self.region = region
        self.reporter = reporter
        self.attachments = attachments
        self.workflow = workflow
        self.registeredAt = registeredAt
        self.dispatchedAt = dispatchedAt
        self.closedAt = closedAt
        self.deadlines = deadlines
        self.supervised = supervised
        self.summonedUnits = summonedUnits
        self.externalID = externalID
        self.source = source
        self.token = token
        self.grid = grid
    }

    public var status: CaseStatus { workflow.status }

    /// What the metrics count of this case.
    public var outcome: CaseOutcome {
        let visited = workflow.contacted != nil
        return CaseOutcome(
            dispatchedAt: dispatchedAt, closedAt: closedAt, deadline: deadlines?.resolveBy, closure: workflow.closure,
            reworkCount: workflow.reworkCount, cancelled: workflow.status == .cancelled, visited: visited, contacted: workflow.contacted ?? false,
            resolved: workflow.resolved ?? false, satisfaction: workflow.satisfaction, unreachedVisits: workflow.unreachedVisits ?? 0)
    }
}
