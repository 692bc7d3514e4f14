import Foundation
import OasisCore
import OasisStore

/// The handle-on-complaint loop as a service: intake (with routing to the responsible unit and deadlines in
/// working time), every transition of the state machine with the permission it needs, supervision, the
/// whistle, re-categorising, duplicates and merging, and the metrics. The API, Open311, the pages and the CLI
/// use it.
public struct CaseService: Sendable {
    public let store: Store
    public let calendar: WorkingCalendar
    /// Duplicates: the same category within this distance (metres) and time window (seconds).
    public let duplicateMeters: Double
    public let duplicateWindow: TimeInterval
    public let intake: IntakeQueue
    /// The taxonomy and what every request looks up from it, worked out once per taxonomy.
    public let box: CaseTaxonomyBox

    public var taxonomy: CaseTaxonomy { box.current.taxonomy }
    public var deadlinePolicy: DeadlinePolicy { box.current.deadlinePolicy }
    public var leafCategories: Set<String> { box.current.leafCategories }
    public var requestTypes: Set<String> { box.current.requestTypes }

    public init(store: Store, taxonomy: CaseTaxonomy = .builtIn, calendar: WorkingCalendar = .china, duplicateMeters: Double = 100,
                duplicateWindow: TimeInterval = 48 * 3600) {
        self.store = store
        self.calendar = calendar
        self.duplicateMeters = duplicateMeters
        self.duplicateWindow = duplicateWindow
        intake = IntakeQueue(store: store)
        box = CaseTaxonomyBox(taxonomy)
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
        try principal.require(.manageUsers)
        let taxonomy = try CaseTaxonomy.decode(json: json)
        let text = String(decoding: taxonomy.encodedJSON(), as: UTF8.self)
        let store = self.store
        try await store.database.transaction { tx in
            try await store.settings.set(Self.taxonomySetting, text, on: tx)
            try await store.audit.append(AuditChange(action: "taxonomy.replace", entityType: "case_taxonomy", entityID: taxonomy.name, regionCode: nil,
                                                     before: nil as String?, after: "\(taxonomy.name) \(taxonomy.version): \(taxonomy.categories.count) categories"),
                                         by: principal, on: tx)
        }
        box.replace(with: taxonomy)
        return taxonomy
    }

    // MARK: - Intake

    /// Checks a new case, routes it to the responsible unit when a rule says which (dispatching it and starting
    /// its deadline clock), and registers it durably.
    public func submit(_ input: CaseInput, channel defaultChannel: String, token: String? = nil, by principal: Principal) async throws -> HotlineCase {
        try principal.require(.submitCases)
        var details: [OasisError.Detail] = []
        if !leafCategories.contains(input.category) {
            details.append(.init(field: "category", reason: "\"\(input.category)\" is not a leaf category of the taxonomy; GET /api/v1/case-categories lists them"))
        }
        if let requestType = input.requestType, !requestTypes.contains(requestType) {
            details.append(.init(field: "requestType", reason: "\"\(requestType)\" is not a request type"))
        }
        var location: GeoPoint?
        if let system = input.coordinateSystem, !system.isGeographic {
            details.append(.init(field: "coordinateSystem", reason: "longitude and latitude are degrees: give \(CoordinateSystem.geographicNames)"))
        }
        switch (input.longitude, input.latitude) {
        case (nil, nil): break
        case (let longitude?, let latitude?):
            if !(-180...180).contains(longitude) || !longitude.isFinite { details.append(.init(field: "longitude", reason: "\(longitude) is out of range (−180 to 180)")) }
            if !(-90...90).contains(latitude) || !latitude.isFinite { details.append(.init(field: "latitude", reason: "\(latitude) is out of range (−90 to 90)")) }
            location = (input.coordinateSystem ?? .wgs84).toWGS84(GeoPoint(longitude: longitude, latitude: latitude))
        default:
            details.append(.init(field: input.longitude == nil ? "longitude" : "latitude", reason: "give both longitude and latitude, or neither"))
        }
        let description = (input.description ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if description.isEmpty && location == nil && (input.address ?? "").isEmpty {
            details.append(.init(field: "description", reason: "say what happened, or where"))
        }
        if description.count > 4_000 { details.append(.init(field: "description", reason: "has \(description.count) characters; the limit is 4000")) }
        if let region = input.region, try await store.regions.get(try RegionCode(region)) == nil {
            details.append(.init(field: "region", reason: "unknown region \(region)"))
        }
        guard details.isEmpty else { throw OasisError.invalid(code: "case_invalid", message: "The case has \(details.count) problem(s).", details: details) }
        let now = store.clock.now().wholeMilliseconds
        // Without a region, the location says which one (the deepest region whose area contains it).
        var region = input.region
        if region == nil, let location { region = try await store.regionAreas.locate(location) }
        var item = HotlineCase(kind: input.kind ?? .request, requestType: input.requestType, category: input.category, channel: input.channel ?? defaultChannel,
                               priority: input.priority ?? .normal, description: description, location: location, address: input.address, region: region,
                               reporter: input.reporter.flatMap { $0.isAnonymous ? nil : $0 }, attachments: input.attachments ?? [], registeredAt: now, token: token)
        if let unit = try await store.cases.responsibleUnit(category: item.category, region: item.region) {
            item = try dispatched(item, to: unit, at: now)
        }
        return try await intake.register(item, by: principal)
    }

    /// The case after dispatching it to a unit: the deadline clock starts now, in working time.
    public func dispatched(_ item: HotlineCase, to unit: String, at now: Date) throws(OasisError) -> HotlineCase {
        var next = item
        next.workflow = try item.workflow.applying(.dispatch(unit: unit))
        next.dispatchedAt = now
        next.deadlines = Self.wholeSeconds(deadlinePolicy.deadlines(category: item.category, priority: item.priority, dispatchedAt: now, calendar: calendar))
        return next
    }

    /// Deadlines are kept to whole seconds (times to whole milliseconds, `Date.wholeMilliseconds`), as the store
    /// keeps them, so that a case read back contributes to the rollups exactly what it contributed when written.
    public static func wholeSeconds(_ deadlines: CaseDeadlines) -> CaseDeadlines {
        func floor(_ date: Date) -> Date { Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down)) }
        return CaseDeadlines(respondBy: floor(deadlines.respondBy), resolveBy: floor(deadlines.resolveBy), warnAt: floor(deadlines.warnAt))
    }


    // MARK: - The loop

    /// Applies one step; refuses it with 403 when the role may not take it and 409 when the state does not allow it.
    public func apply(_ input: CaseEventInputValue, to id: Int64, by principal: Principal) async throws -> HotlineCase {
        let input = input.value
        let now = store.clock.now().wholeMilliseconds
        switch input.event {
        case "dispatch", "cancel", "verify_pass", "verify_fail", "follow_up", "evaluate", "reopen", "recategorise": try principal.require(.dispatchCases)
        case "accept", "return", "report_back": try principal.require(.handleCases)
        case "whistle": guard principal.can(.handleCases) || principal.can(.dispatchCases) else { throw OasisError.forbidden("Summoning units needs a handler or dispatcher role.") }
        case "supervise": try principal.require(.superviseCases)
        default:
            throw OasisError.invalid(code: "case_event_unknown", message: "Unknown event \(input.event).",
                                     details: [.init(field: "event", reason: "one of dispatch, cancel, accept, return, report_back, verify_pass, verify_fail, follow_up, evaluate, reopen, supervise, whistle, recategorise")])
        }
        let service = self
        return try await store.cases.update(id, by: principal) { before throws -> CaseRepository.Change in
            func required(_ value: String?, _ field: String) throws(OasisError) -> String {
                guard let value, !value.trimmingCharacters(in: .whitespaces).isEmpty else {
                    throw OasisError.invalid(code: "case_event_invalid", message: "The \(input.event) event needs \(field).", details: [.init(field: field, reason: "required")])
                }
                return value
            }
            var after = before
            var detail = ""
            switch input.event {
            case "dispatch":
                let unit = try required(input.unit, "unit")
                after = try service.dispatched(before, to: unit, at: now)
                detail = unit
            case "cancel":
                detail = try required(input.reason, "reason")
                after.workflow = try before.workflow.applying(.cancel(reason: detail))
            case "accept":
                try Self.requireOwnUnit(before, principal)
                after.workflow = try before.workflow.applying(.accept)
            case "return":
                try Self.requireOwnUnit(before, principal)
                detail = try required(input.reason, "reason")
                after.workflow = try before.workflow.applying(.returnToDispatcher(reason: detail))
                after.dispatchedAt = nil
                after.deadlines = nil
            case "report_back":
                try Self.requireOwnUnit(before, principal)
                detail = try required(input.summary, "summary")
                after.workflow = try before.workflow.applying(.reportBack(summary: detail))
            case "verify_pass":
                let closure = input.closure ?? .resolved
                after.workflow = try before.workflow.applying(.verifyPass(closure: closure))
                after.closedAt = now
                detail = closure.rawValue
            case "verify_fail":
                detail = try required(input.reason, "reason")
                after.workflow = try before.workflow.applying(.verifyFail(reason: detail))
            case "follow_up":
                guard let contacted = input.contacted else {
                    throw OasisError.invalid(code: "case_event_invalid", message: "Say whether the citizen was reached.", details: [.init(field: "contacted", reason: "required")])
                }
                after.workflow = try before.workflow.applying(.followUp(contacted: contacted, resolved: input.resolved ?? false, satisfaction: input.satisfaction))
                detail = "contacted=\(contacted) resolved=\(input.resolved ?? false) satisfaction=\(input.satisfaction?.rawValue ?? "-")"
            case "evaluate":
                after.workflow = try before.workflow.applying(.evaluate)
            case "reopen":
                detail = try required(input.reason, "reason")
                after.workflow = try before.workflow.applying(.reopen(reason: detail))
                after.closedAt = nil
                after.dispatchedAt = now
                after.deadlines = Self.wholeSeconds(service.deadlinePolicy.deadlines(category: before.category, priority: before.priority, dispatchedAt: now,
                                                                                      calendar: service.calendar))
            case "supervise":
                guard before.status.open311 == "open" else {
                    throw OasisError.conflict(code: "invalid_transition", message: "A \(before.status.rawValue) case cannot be put under supervision.")
                }
                after.supervised = true
                detail = input.reason ?? ""
            case "whistle":
                let units = (input.units ?? []).filter { !$0.isEmpty }
                guard !units.isEmpty else {
                    throw OasisError.invalid(code: "case_event_invalid", message: "Name the units to summon.", details: [.init(field: "units", reason: "required")])
                }
                guard before.status.open311 == "open" else {
                    throw OasisError.conflict(code: "invalid_transition", message: "Units cannot be summoned onto a \(before.status.rawValue) case.")
                }
                after.summonedUnits = Array(Set(before.summonedUnits + units)).sorted()
                detail = units.joined(separator: ", ")
            case "recategorise":
                let category = try required(input.category, "category")
                guard service.leafCategories.contains(category) else {
                    throw OasisError.invalid(code: "case_event_invalid", message: "Unknown category.", details: [.init(field: "category", reason: "\"\(category)\" is not a leaf category")])
                }
                guard before.status.open311 == "open" else {
                    throw OasisError.conflict(code: "invalid_transition", message: "A \(before.status.rawValue) case cannot be re-categorised.")
                }
                after.category = category
                detail = "\(before.category) → \(category)"
            default:
                break
            }
            return CaseRepository.Change(after: after, event: input.event, detail: detail)
        }
    }

    /// A unit handler acts only on cases of their own units.
    public static func requireOwnUnit(_ item: HotlineCase, _ principal: Principal) throws(OasisError) {
        guard !principal.scope.units.isEmpty, let unit = item.workflow.unit else { return }
        guard principal.scope.units.contains(unit) else { throw OasisError.forbidden("Case \(item.id) belongs to another unit.") }
    }

    /// Open cases that look like the same problem (same category, near in place and time), offered for merging.
    public func duplicates(of id: Int64, by principal: Principal) async throws -> [HotlineCase] {
        try principal.require(.dispatchCases)
        guard let item = try await store.cases.get(id, for: principal) else { throw OasisError.notFound("Case", String(id)) }
        return try await store.cases.possibleDuplicates(of: item, meters: duplicateMeters, window: duplicateWindow, for: principal)
    }

    /// Closes the duplicates together with the case they repeat.
    public func merge(_ duplicates: [Int64], into id: Int64, by principal: Principal) async throws -> [HotlineCase] {
        try principal.require(.dispatchCases)
        guard !duplicates.isEmpty, !duplicates.contains(id) else {
            throw OasisError.invalid(code: "case_merge_invalid", message: "Name the duplicates to merge, other than the case itself.",
                                     details: [.init(field: "duplicates", reason: "a non-empty list without \(id)")])
        }
        return try await store.cases.merge(duplicates, into: id, by: principal)
    }

    /// What a principal may see of a case: the reporter's contact only for roles that work the case.
    public static func redacted(_ item: HotlineCase, for principal: Principal) -> HotlineCase {
        guard !(principal.can(.dispatchCases) || principal.can(.handleCases) || principal.can(.superviseCases)) else { return item }
        var copy = item
        copy.reporter = nil
        return copy
    }
}

/// A wrapper that keeps `CaseEventInput` internal while the service's entry point is public.
public struct CaseEventInputValue: Sendable {
    public let value: CaseEventInput

    public init(value: CaseEventInput) {
        self.value = value
    }
}
