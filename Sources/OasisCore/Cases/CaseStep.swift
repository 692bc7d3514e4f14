/// A step of the hotline loop that `POST /api/v1/cases/{id}/events` takes, by the event name the API, the pages
/// and the CLI send. Each step states here, once, who may take it, what it must be given and from which statuses
/// it may be taken; `CaseCommand` carries its values and its effect on the case. (Merging is not a step of this
/// route: it has its own, `POST /api/v1/cases/{id}/merge`.)
public enum CaseStep: String, Sendable, CaseIterable {
    case dispatch
    case cancel
    case accept
    case `return`
    case reportBack = "report_back"
    case verifyPass = "verify_pass"
    case verifyFail = "verify_fail"
    case followUp = "follow_up"
    case evaluate
    case reopen
    case supervise
    case whistle
    case recategorise

    /// The step an event name stands for, or a 400 `case_event_unknown` naming the ones there are.
    public init(event: String) throws(OasisError) {
        guard let step = CaseStep(rawValue: event) else {
            throw OasisError.invalid(
                code: "case_event_unknown", message: "Unknown event \(event).",
                details: [.init(field: "event", reason: "one of " + Self.allCases.map(\.event).joined(separator: ", "))])
        }
        self = step
    }

    /// The name on the wire and in the case's history.
    public var event: String { rawValue }

    /// The permissions that allow the step: any one of them will do.
    public var permissions: [Permission] {
        switch self {
        case .dispatch, .cancel, .verifyPass, .verifyFail, .followUp, .evaluate, .reopen, .recategorise: [.dispatchCases]
        case .accept, .return, .reportBack: [.handleCases]
        case .supervise: [.superviseCases]
        case .whistle: [.handleCases, .dispatchCases]
        }
    }

    /// The fields of the request the step cannot do without (`CaseEventInput`'s names).
    public var requiredFields: [String] {
        switch self {
        case .dispatch: ["unit"]
        case .cancel, .return, .verifyFail, .reopen: ["reason"]
        case .reportBack: ["summary"]
        case .followUp: ["reached"]
        case .whistle: ["units"]
        case .recategorise: ["category"]
        case .accept, .verifyPass, .evaluate, .supervise: []
        }
    }

    /// The statuses a case may be in when it takes the step (`CaseWorkflow` refuses the others with 409).
    public var allowedFrom: Set<CaseStatus> {
        switch self {
        case .dispatch, .cancel: [.registered, .returned]
        case .accept: [.dispatched]
        case .return: [.dispatched, .handling]
        case .reportBack: [.handling]
        case .verifyPass, .verifyFail: [.reportedBack]
        case .followUp: [.closed, .followedUp]
        case .evaluate: [.followedUp]
        case .reopen: [.closed, .followedUp, .evaluated]
        case .supervise, .whistle, .recategorise: CaseStatus.openStatuses
        }
    }

    /// Steps a unit handler takes only on cases their own unit holds now.
    public var isOwnUnitOnly: Bool {
        switch self {
        case .accept, .return, .reportBack: true
        default: false
        }
    }

    /// Throws unless the principal holds one of the step's permissions: `Principal.require`'s answers (401, 403,
    /// `password_change_required`) for a single permission, a 403 saying which roles may for several. Gives the
    /// access the step's repository call is handed.
    @discardableResult
    public func authorise(_ principal: Principal) throws(OasisError) -> StoreAccess {
        guard permissions.count > 1 else { return try principal.access(for: permissions[0]) }
        guard let held = permissions.first(where: principal.can) else {
            throw OasisError.forbidden("Summoning units needs a handler or dispatcher role.")
        }
        return try principal.access(for: held)
    }

    /// A unit handler acts only on cases of their own units (a principal without units is not limited).
    public func requireOwnUnit(_ item: HotlineCase, _ principal: Principal) throws(OasisError) {
        guard isOwnUnitOnly, !principal.scope.units.isEmpty, let unit = item.workflow.unit else { return }
        guard principal.scope.units.contains(unit) else { throw OasisError.forbidden("Case \(item.id) belongs to another unit.") }
    }
}
