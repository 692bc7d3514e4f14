import Foundation
import OasisCore
import OasisStore

/// The handle-on-complaint loop as a service: intake (with routing to the responsible unit and deadlines in
/// working time), every transition of the state machine with the permission it needs, supervision, the
/// whistle, re-categorising, duplicates and merging, and the metrics. The API, Open311, the pages and the CLI
/// use it.
public struct CaseService: Sendable {
    public let store: Store
    /// The calendars a dispatched case's deadlines use: national with the layers of the case's region.
    public let calendars: CalendarBox
    /// Duplicates: the same category within this distance (metres) and time window (seconds).
    public let duplicateMeters: Double
    public let duplicateWindow: TimeInterval
    public let intake: IntakeQueue
    /// The taxonomy and what every request looks up from it, worked out once per taxonomy.
    public let box: CaseTaxonomyBox
    /// The grids intake places cases in, held in memory.
    public let grids: GridBox

    public var taxonomy: CaseTaxonomy { box.current.taxonomy }
    public var deadlinePolicy: DeadlinePolicy { box.current.deadlinePolicy }
    public var leafCategories: Set<String> { box.current.leafCategories }
    public var requestTypes: Set<String> { box.current.requestTypes }

    public init(
        store: Store, taxonomy: CaseTaxonomy = .builtIn, duplicateMeters: Double = 100,
        duplicateWindow: TimeInterval = 48 * 3600, calendars: CalendarBox = CalendarBox()
    ) {
        self.store = store
        self.calendars = calendars
        self.duplicateMeters = duplicateMeters
        self.duplicateWindow = duplicateWindow
        intake = IntakeQueue(store: store)
        box = CaseTaxonomyBox(taxonomy)
        grids = GridBox()
    }

    /// The Open311 services and definitions in a language.
    public func catalogue(_ language: Language) -> Open311ServiceCatalogue {
        let snapshot = box.current
        return snapshot.catalogues[language] ?? snapshot.taxonomy.open311Catalogue(language: language)
    }

    public static let taxonomySetting = "case_taxonomy"

    /// The taxonomy an operator loaded, or the built-in one.
    public static func storedTaxonomy(_ store: Store) async throws -> CaseTaxonomy {
        guard let text = try await store.settings.get(taxonomySetting) else { return .builtIn }
        return try CaseTaxonomy.decode(json: Array(text.utf8))
    }

    /// Validates, stores and puts in use a new taxonomy (cases keep the codes they were filed under).
    public func replaceTaxonomy(json: [UInt8], by principal: Principal) async throws -> CaseTaxonomy {
        let access = try principal.access(for: .manageUsers)
        let taxonomy = try CaseTaxonomy.decode(json: json)
        let text = String(decoding: taxonomy.encodedJSON(), as: UTF8.self)
        let store = self.store
        try await store.database.transaction { tx in
            try await store.settings.set(Self.taxonomySetting, text, on: tx)
            try await store.settings.markChanged(.caseTaxonomy, on: tx)
            try await store.audit.append(
                AuditChange(
                    action: "taxonomy.replace", entityType: "case_taxonomy", entityID: taxonomy.name, regionCode: nil,
                    before: nil as String?, after: Self.auditSummary(taxonomy)),
                by: access, on: tx)
        }
        box.replace(with: taxonomy)
        return taxonomy
    }

    /// What the audit records of a taxonomy put in use: its edition and size, and its publication settings (the
    /// public grid, the codes set hidden or redacted), so that a change of what the public sees is in the trail.
    static func auditSummary(_ taxonomy: CaseTaxonomy) -> String {
        let set = { (visibility: CaseVisibility) in
            taxonomy.categories.filter { $0.publicVisibility == visibility }.map(\.code).joined(separator: ",")
        }
        return "\(taxonomy.name) \(taxonomy.version): \(taxonomy.categories.count) categories; public grid \(Int(taxonomy.publicGrid.metres)) m; "
            + "hidden: \(set(.hidden)); redacted: \(set(.redacted))"
    }

    // MARK: - Intake

    /// The check of a new case against the taxonomy in use (`CaseIntakeValidator`).
    public var intakeValidator: CaseIntakeValidator {
        let snapshot = box.current
        return CaseIntakeValidator(leafCategories: snapshot.leafCategories, requestTypes: snapshot.requestTypes)
    }

    /// Checks a new case once (`CaseIntakeValidator`), routes it to the responsible unit when a rule says which
    /// (dispatching it and starting its deadline clock), and registers it durably.
    public func submit(_ input: CaseInput, channel defaultChannel: String, token: String? = nil, by principal: Principal) async throws -> HotlineCase
    {
        let access = try principal.access(for: .submitCases)
        // Only a grid worker's patrol event (`submitPatrol`) is found on patrol: a case claiming it elsewhere would
        // count in the grids' patrol figures.
        if input.channel == GridMetrics.patrolChannel {
            throw OasisError.invalid(
                code: "case_channel_patrol", message: "Events found on patrol are entered by grid workers through POST /api/v1/patrol-events.",
                details: [.init(field: "channel", reason: "\"patrol\" is kept for grid workers' patrol events")])
        }
        var regionExists = true
        if let region = input.region { regionExists = try await store.regions.get(try RegionCode(region)) != nil }
        let now = store.clock.now().wholeMilliseconds
        let item = try intakeValidator.validate(input, regionExists: regionExists, channel: defaultChannel, at: now, token: token)
        return try await register(item, at: now, by: access)
    }

    /// Routes and registers a case an adapter has already checked with `intakeValidator` (Open311's, which
    /// reports the check's problems in the spec's format), so that it is checked once.
    public func submit(checked item: HotlineCase, by principal: Principal) async throws -> HotlineCase {
        let access = try principal.access(for: .submitCases)
        return try await register(item, at: store.clock.now().wholeMilliseconds, by: access)
    }

    /// Routes a checked case to the responsible unit when a rule says which (dispatching it and starting its
    /// deadline clock), and registers it durably.
    func register(_ checked: HotlineCase, at now: Date, by access: StoreAccess) async throws -> HotlineCase {
        var item = checked
        item.grid = try await grid(of: item)
        // Without a region, the location says which one (the deepest region whose area contains it).
        if item.region == nil, let location = item.location { item.region = try await store.regionAreas.locate(location) }
        if let unit = try await store.cases.responsibleUnit(category: item.category, region: item.region) {
            item = try CaseCommand.dispatch(to: unit).applied(to: item, context: try await stepContext(at: now)).after
        }
        return try await intake.register(item, by: access)
    }

    /// The time of a step and the deadline rules in use, on the loaded calendars.
    func stepContext(at now: Date) async throws -> CaseStepContext {
        CaseStepContext(now: now, deadlinePolicy: deadlinePolicy, calendars: try await calendars.current(store))
    }

    // MARK: - The loop

    /// Applies one step: the event names a `CaseStep` (400 when it names none), the principal must hold its
    /// permission (403), the case must be in the principal's scope (404) and, for a unit's steps, held by their
    /// unit (403); then the request is read as a `CaseCommand` (400 for a missing field) and its effect applied
    /// (409 when the status does not allow it). Case, history, audit and notification are written together.
    public func apply(_ input: CaseEventInputValue, to id: Int64, by principal: Principal) async throws -> HotlineCase {
        let input = input.value
        let step = try CaseStep(event: input.event)
        let access = try step.authorise(principal)
        try await requireRegisteredUnits(step, input)
        let context = try await stepContext(at: store.clock.now().wholeMilliseconds)
        let leafCategories = self.leafCategories
        return try await store.cases.update(id, by: access) { before throws -> CaseRepository.Change in
            try step.requireOwnUnit(before, principal)
            let command = try CaseCommand(step, input, leafCategories: leafCategories)
            let outcome = try command.applied(to: before, context: context)
            return CaseRepository.Change(after: outcome.after, event: step.event, detail: outcome.detail)
        }
    }

    /// Refuses a step that names a unit the register does not hold (400 naming the field `unit` or `units`): a typo
    /// would send the case where no handler ever sees it.
    func requireRegisteredUnits(_ step: CaseStep, _ input: CaseEventInput) async throws {
        let fields = step.requiredFields
        let named = (fields.contains("unit") ? input.unit.map { [$0] } ?? [] : []) + (fields.contains("units") ? input.units ?? [] : [])
        let unknown = try await store.cases.unknownUnits(named)
        guard unknown.isEmpty else {
            throw OasisError.invalid(
                code: "case_unit_unknown", message: "The register of units holds no unit of that name.",
                details: [
                    .init(
                        field: fields.contains("unit") ? "unit" : "units",
                        reason:
                            "\(unknown.map { "\"\($0)\"" }.joined(separator: ", ")) is not in the register; GET /api/v1/case-units lists the units")
                ])
        }
    }

    /// Open cases that look like the same problem (same category, near in place and time), offered for merging.
    public func duplicates(of id: Int64, by principal: Principal) async throws -> [HotlineCase] {
        let access = try principal.access(for: .dispatchCases)
        guard let item = try await store.cases.get(id, for: access) else { throw OasisError.notFound("Case", String(id)) }
        return try await store.cases.possibleDuplicates(of: item, meters: duplicateMeters, window: duplicateWindow, for: access)
    }

    /// Closes the duplicates together with the case they repeat.
    public func merge(_ duplicates: [Int64], into id: Int64, by principal: Principal) async throws -> [HotlineCase] {
        let access = try principal.access(for: .dispatchCases)
        guard !duplicates.isEmpty, !duplicates.contains(id) else {
            throw OasisError.invalid(
                code: "case_merge_invalid", message: "Name the duplicates to merge, other than the case itself.",
                details: [.init(field: "duplicates", reason: "a non-empty list without \(id)")])
        }
        return try await store.cases.merge(duplicates, into: id, by: access)
    }

    /// What a principal may see of a case: the reporter's contact only for roles that work the case.
    public static func redacted(_ item: HotlineCase, for principal: Principal) -> HotlineCase {
        guard !(principal.can(.dispatchCases) || principal.can(.handleCases) || principal.can(.superviseCases)) else { return item }
        var copy = item
        copy.reporter = nil
        return copy
    }
}

/// A step as the API, the pages and the CLI send it (`CaseEventInput`), handed to `CaseService.apply`.
public struct CaseEventInputValue: Sendable {
    public let value: CaseEventInput

    public init(value: CaseEventInput) {
        self.value = value
    }
}
