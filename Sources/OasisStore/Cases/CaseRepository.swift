import Foundation
import OasisCore

/// Cases of the closed loop. Every write goes through one transaction that also appends the case's events,
/// the audit events, the citizen notifications (outbox) and the rollup deltas, so that what is committed is
/// always consistent and metrics never rescan the cases. Reads are scoped by `CaseScope`.
public struct CaseRepository: Sendable {
    let database: any SQLDatabase
    let audit: AuditLog
    let clock: any OasisClock
    /// What routes a new case, in memory (shared with the regions and their areas, whose writes renew it).
    public let routing: CaseRoutingCache

    /// One recorded step of a case.
    public struct EventRecord: Codable, Sendable, Equatable {
        public var event: String
        public var detail: String
        public var status: CaseStatus
        public var actor: String
        public var at: Date
    }

    /// A case change to write: the case after the change, the event's name and detail for the case history.
    public struct Change: Sendable {
        public var after: HotlineCase
        public var event: String
        public var detail: String

        public init(after: HotlineCase, event: String, detail: String) {
            self.after = after
            self.event = event
            self.detail = detail
        }
    }

    /// Registers new cases in one transaction and returns them with their ids.
    public func register(_ cases: [HotlineCase], by access: StoreAccess) async throws -> [HotlineCase] {
        try await register(cases.map { ($0, access) })
    }

    /// Registers cases from several callers in one transaction (the intake's group commit), each audited under
    /// its own caller, and returns them with their ids in the same order.
    public func register(_ items: [(item: HotlineCase, access: StoreAccess)]) async throws -> [HotlineCase] {
        let now = clock.now()
        return try await register(items.map { CaseIntakeEntry(item: $0.item, access: $0.access, now: now) })
    }

    /// Registers prepared cases (`CaseIntakeEntry`) in one transaction: the intake's group commit.
    public func register(_ entries: [CaseIntakeEntry]) async throws -> [HotlineCase] {
        guard !entries.isEmpty else { return [] }
        let now = clock.now()
        let audit = self.audit
        return try await database.transaction { tx in try await Self.insert(entries, now: now, audit: audit, on: tx) }
    }

    /// A new case's entry for `register(_:)`, its column values worked out now, by the caller.
    public func entry(_ item: HotlineCase, by access: StoreAccess) -> CaseIntakeEntry {
        CaseIntakeEntry(item: item, access: access, now: clock.now())
    }

    /// Inserts cases inside an open transaction with their first events, rollups, tracking codes, notifications and
    /// audit events (what `register` does, for a caller that writes other records in the same transaction: a
    /// lifeline alert dispatched as a case).
    static func insert(_ items: [CaseIntakeEntry], now: Date, audit: AuditLog, on tx: any SQLExecutor) async throws -> [HotlineCase] {
        let cases = items.map(\.item)
        var saved = cases
        let row = "(" + Placeholders.list(CaseRows.columns.count) + ")"
        for start in stride(from: 0, to: cases.count, by: 200) {
            let range = start..<min(start + 200, cases.count)
            let rows = try await tx.query(
                "INSERT INTO cases (\(CaseRows.columns.joined(separator: ", "))) VALUES \(Array(repeating: row, count: range.count).joined(separator: ", ")) RETURNING id",
                range.flatMap { items[$0].binds })
            // Both stores return the generated ids of a multi-row insert in the order of the rows.
            let ids = try rows.map { try $0.int("id") }.sorted()
            for (offset, index) in range.enumerated() where offset < ids.count { saved[index].id = ids[offset] }
        }
        let rows = zip(saved, items).map { item, entry -> [SQLValue] in
            [
                .int(item.id), .text("register"), .text(item.workflow.unit.map { "\(item.channel); dispatched to \($0)" } ?? item.channel),
                .text(item.status.rawValue), .text(entry.access.username), SQLValue(now),
            ]
        }
        // The events, rollups, tracking codes, notifications and audit rows go to different tables: on PostgreSQL they
        // are sent as two statements (`CombinedWrites`) instead of one each.
        let writes = CombinedWrites(tx)
        try await BulkInsert.rows("case_events (case_id, event, detail, status, actor, at)", rows, on: writes)
        try await CaseRollupWriter.apply(before: [], after: saved, on: writes)
        try await Self.track(saved, submitters: items.map(\.access.userID), on: writes)
        try await Self.notify(saved, now: now, on: writes)
        var byAccess: [StoreAccess: [AuditChange]] = [:]
        var order: [StoreAccess] = []
        for (item, entry) in zip(saved, items) {
            if byAccess[entry.access] == nil { order.append(entry.access) }
            byAccess[entry.access, default: []].append(
                AuditChange(
                    action: "case.register", entityType: "case", entityID: String(item.id),
                    regionCode: item.region, before: nil as String?,
                    after: "\(item.category) via \(item.channel)"))
        }
        for access in order { try await audit.append(byAccess[access] ?? [], by: access, on: writes) }
        try await writes.flush()
        return saved
    }

    /// One case, if the access may see it.
    public func get(_ id: Int64, for access: StoreAccess) async throws -> HotlineCase? {
        let scope = CaseScope(access: access)
        return try await database.first("SELECT * FROM cases WHERE id = ? AND \(scope.sql)", [.int(id)] + scope.binds).map(CaseRows.item(from:))
    }

    /// The case an Open311 token stands for.
    public func byToken(_ token: String) async throws -> HotlineCase? {
        try await database.first("SELECT * FROM cases WHERE token = ?", [.text(token)]).map(CaseRows.item(from:))
    }

    public func list(_ query: CaseQuery, for access: StoreAccess) async throws -> (total: Int, items: [HotlineCase]) {
        let (condition, binds) = query.condition(scope: CaseScope(access: access))
        let total = try await database.first("SELECT COUNT(*) AS n FROM cases WHERE \(condition)", binds)?.int("n") ?? 0
        let items = try await database.query(
            "SELECT * FROM cases WHERE \(condition) ORDER BY id DESC LIMIT \(query.limit) OFFSET \(query.offset)", binds
        )
        .map(CaseRows.item(from:))
        return (Int(total), items)
    }

    /// Changes a case the access may see: `change` gets the current case and returns the change to write, or
    /// throws to refuse it (nothing is written then).
    public func update(_ id: Int64, by access: StoreAccess, _ change: @Sendable (HotlineCase) throws -> Change) async throws -> HotlineCase {
        let scope = CaseScope(access: access)
        let now = clock.now()
        let audit = self.audit
        return try await database.transaction { tx in
            guard
                let before = try await tx.first("SELECT * FROM cases WHERE id = ? AND \(scope.sql)", [.int(id)] + scope.binds).map(
                    CaseRows.item(from:))
            else {
                throw OasisError.notFound("Case", String(id))
            }
            let step = try change(before)
            try await Self.write([(before, step)], actor: access, now: now, audit: audit, on: tx)
            return step.after
        }
    }

    /// Writes several changes computed elsewhere (a merge closes the duplicates with the case), in one transaction.
    static func write(
        _ changes: [(before: HotlineCase, change: Change)], actor access: StoreAccess, now: Date, audit: AuditLog,
        on tx: any SQLExecutor
    ) async throws {
        let assignments = CaseRows.columns.map { "\($0) = ?" }.joined(separator: ", ")
        for (_, change) in changes {
            try await tx.execute("UPDATE cases SET \(assignments) WHERE id = ?", CaseRows.binds(change.after, now: now) + [.int(change.after.id)])
        }
        try await appendEvents(changes.map(\.change), actor: access.username, now: now, on: tx)
        try await CaseRollupWriter.apply(before: changes.map(\.before), after: changes.map(\.change.after), on: tx)
        try await notify(changes.filter { $0.before.status != $0.change.after.status }.map(\.change.after), now: now, on: tx)
        try await audit.append(
            changes.map { before, change in
                AuditChange(
                    action: "case.\(change.event)", entityType: "case", entityID: String(change.after.id), regionCode: change.after.region,
                    before: before.workflow, after: change.after.workflow)
            }, by: access, on: tx)
    }

    /// Closes `duplicates` as merged into `target`, all in one transaction.
    public func merge(_ duplicates: [Int64], into target: Int64, by access: StoreAccess) async throws -> [HotlineCase] {
        let scope = CaseScope(access: access)
        let now = clock.now().wholeMilliseconds
        let audit = self.audit
        return try await database.transaction { tx in
            let ids = ([target] + duplicates).map { SQLValue.int($0) }
            let marks = Placeholders.list(ids.count)
            let found = try await tx.query("SELECT * FROM cases WHERE id IN (\(marks)) AND \(scope.sql)", ids + scope.binds).map(CaseRows.item(from:))
            guard found.contains(where: { $0.id == target }) else { throw OasisError.notFound("Case", String(target)) }
            var changes: [(HotlineCase, Change)] = []
            for id in duplicates {
                guard let before = found.first(where: { $0.id == id }) else { throw OasisError.notFound("Case", String(id)) }
                var after = before
                after.workflow = try before.workflow.applying(.merge(into: target))
                after.closedAt = now
                changes.append((before, Change(after: after, event: "merge", detail: "merged into case \(target)")))
            }
            try await Self.write(changes, actor: access, now: now, audit: audit, on: tx)
            return changes.map(\.1.after)
        }
    }

    /// The recorded steps of a case, oldest first.
    public func events(of id: Int64, for access: StoreAccess) async throws -> [EventRecord] {
        guard try await get(id, for: access) != nil else { throw OasisError.notFound("Case", String(id)) }
        return try await database.query("SELECT * FROM case_events WHERE case_id = ? ORDER BY id", [.int(id)]).map { row in
            EventRecord(
                event: try row.string("event"), detail: try row.string("detail"),
                status: CaseStatus(rawValue: try row.string("status")) ?? .registered,
                actor: try row.string("actor"), at: try row.date("at"))
        }
    }

    /// Open cases of the same category registered within `window` seconds of `item` and (when both have a
    /// location) within `meters` of it: the duplicates offered for merging.
    public func possibleDuplicates(of item: HotlineCase, meters: Double, window: TimeInterval, for access: StoreAccess) async throws -> [HotlineCase]
    {
        let scope = CaseScope(access: access)
        let open = ["registered", "dispatched", "returned", "handling", "reported_back"].map { SQLValue.text($0) }
        var sql =
            "SELECT * FROM cases WHERE category = ? AND id <> ? AND registered_at BETWEEN ? AND ? AND status IN (?, ?, ?, ?, ?) AND \(scope.sql)"
        var binds: [SQLValue] =
            [.text(item.category), .int(item.id), SQLValue(item.registeredAt - window), SQLValue(item.registeredAt + window)] + open + scope.binds
        if let point = item.location {
            // A bounding box first (an index-friendly filter), then the exact great-circle distance.
            let dLat = meters / 111_320
            let dLon = meters / (111_320 * max(0.01, cos(point.latitude * .pi / 180)))
            sql += " AND latitude BETWEEN ? AND ? AND longitude BETWEEN ? AND ?"
            binds += [
                .double(point.latitude - dLat), .double(point.latitude + dLat), .double(point.longitude - dLon), .double(point.longitude + dLon),
            ]
        }
        let candidates = try await database.query(sql + " ORDER BY id LIMIT 200", binds).map(CaseRows.item(from:))
        guard let point = item.location else { return candidates }
        return candidates.filter { $0.location.map { GreatCircle.meters(point, $0) <= meters } ?? false }
    }

    static func appendEvents(_ changes: [Change], actor: String, now: Date, on tx: any SQLExecutor) async throws {
        let rows = changes.map { change -> [SQLValue] in
            [.int(change.after.id), .text(change.event), .text(change.detail), .text(change.after.status.rawValue), .text(actor), SQLValue(now)]
        }
        try await BulkInsert.rows("case_events (case_id, event, detail, status, actor, at)", rows, on: tx)
    }

    /// Queues a status message for each case whose reporter can be told (contact given, or an Open311 token).
    static func notify(_ cases: [HotlineCase], now: Date, on tx: any SQLExecutor) async throws {
        let rows = cases.filter { !($0.reporter?.isAnonymous ?? true) || $0.token != nil }.map { item -> [SQLValue] in
            let language = item.reporter?.language ?? .default
            let message =
                item.status.open311Notes(closure: item.workflow.closure, language: language)
                ?? MessageCatalogue.standard.text(item.status.messageKey, language)
            let payload = JSONColumn.text(
                CaseNotification(
                    caseID: item.id, status: item.status.rawValue, open311Status: item.status.open311, token: item.token,
                    at: now, language: language.rawValue, message: message))
            return [.int(item.id), .text(item.status.rawValue), .text(payload), .text("pending"), .int(0), SQLValue(now), SQLValue(now)]
        }
        try await BulkInsert.rows("notifications (case_id, status, payload, state, attempts, next_at, created_at)", rows, on: tx)
    }
}
