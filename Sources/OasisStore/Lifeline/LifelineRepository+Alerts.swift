import Foundation
import OasisCore

/// Alerts: opened, moved and cleared by the rules (inside the readings' transaction), stepped through their
/// lifecycle by duty officers (a dispatch registers the hotline case in the same transaction), and escalated when
/// nobody acknowledges them. Every change is audited.
extension LifelineRepository {
    static let alertSelect = """
        SELECT al.*, s.code AS sensor_code, a.code AS asset_code, a.region_code, a.owner_unit
        FROM lifeline_alerts al JOIN lifeline_sensors s ON s.id = al.sensor_id JOIN lifeline_assets a ON a.id = s.asset_id
        """

    /// Alerts the access may see, newest first: optionally only some statuses, one region (and below), one sensor.
    public func alerts(
        statuses: [LifelineAlertStatus] = [], region: String? = nil, sensor: String? = nil, limit: Int = 200, offset: Int = 0,
        for access: StoreAccess
    ) async throws -> [LifelineAlert] {
        var (sql, binds) = Self.assetScope(access)
        if !statuses.isEmpty {
            sql += " AND al.status IN (\(Placeholders.list(statuses.count)))"
            binds += statuses.map { .text($0.rawValue) }
        }
        if let region {
            let within = ScopeFilter.within(region, column: "a.region_code")
            sql += " AND \(within.sql)"
            binds.append(within.bind)
        }
        if let sensor {
            sql += " AND s.code = ?"
            binds.append(.text(sensor))
        }
        return try await database.query("\(Self.alertSelect) WHERE \(sql) ORDER BY al.id DESC LIMIT \(limit) OFFSET \(offset)", binds).map(
            Self.alert(from:))
    }

    /// One alert, if the access may see it.
    public func alert(_ id: Int64, for access: StoreAccess) async throws -> LifelineAlert? {
        let (sql, binds) = Self.assetScope(access)
        return try await database.first("\(Self.alertSelect) WHERE al.id = ? AND \(sql)", [.int(id)] + binds).map(Self.alert(from:))
    }

    /// The level of every alert whose condition still holds, by sensor id and rule: the rules' state at start.
    public func activeLevels() async throws -> [LifelineRuleKey: AlertLevel] {
        var levels: [LifelineRuleKey: AlertLevel] = [:]
        for row in try await database.query(
            "SELECT sensor_id, rule_index, level FROM lifeline_alerts WHERE status <> 'closed' AND cleared_at IS NULL", [])
        {
            if let level = AlertLevel(rawValue: Int(try row.int("level"))) {
                levels[LifelineRuleKey(sensorID: try row.int("sensor_id"), rule: Int(try row.int("rule_index")))] = level
            }
        }
        return levels
    }

    /// Takes a duty officer's step on an alert the access may see (404 otherwise; 409 when its status does not
    /// allow the step). A dispatch registers the case `order` describes for the asset's owner unit in the same
    /// transaction and keeps its id on the alert.
    public func step(_ id: Int64, _ step: LifelineAlertStep, order: LifelineCaseOrder?, by access: StoreAccess) async throws -> LifelineAlert {
        let (scope, scopeBinds) = Self.assetScope(access)
        let audit = self.audit
        let now = clock.now().wholeMilliseconds
        return try await database.transaction { tx in
            guard let before = try await tx.first("\(Self.alertSelect) WHERE al.id = ? AND \(scope)", [.int(id)] + scopeBinds).map(Self.alert(from:))
            else { throw OasisError.notFound("Alert", String(id)) }
            var after = before
            after.status = try step.applied(to: before.status)
            switch step {
            case .acknowledge: after.acknowledgedAt = now
            case .dispatch:
                guard let order else { throw OasisError(kind: .internal, code: "lifeline_order_missing", message: "A dispatch needs a case order.") }
                guard let asset = try await Self.assets(codes: [before.asset], on: tx)[before.asset] else {
                    throw OasisError.notFound("Asset", before.asset)
                }
                let item = order.hotlineCase(for: before, asset: asset, at: now)
                let saved = try await CaseRepository.insert([CaseIntakeEntry(item: item, access: access, now: now)], now: now, audit: audit, on: tx)
                after.caseID = saved.first?.id
                after.dispatchedAt = now
                if after.acknowledgedAt == nil { after.acknowledgedAt = now }
            case .resolve: after.resolvedAt = now
            case .close: after.closedAt = now
            }
            try await tx.execute(
                "UPDATE lifeline_alerts SET status = ?, acknowledged_at = ?, dispatched_at = ?, resolved_at = ?, closed_at = ?, case_id = ? WHERE id = ?",
                [
                    .text(after.status.rawValue), SQLValue(after.acknowledgedAt), SQLValue(after.dispatchedAt), SQLValue(after.resolvedAt),
                    SQLValue(after.closedAt), SQLValue(after.caseID), .int(id),
                ])
            try await audit.append(
                AuditChange(
                    action: "lifeline.alert.\(step.rawValue)", entityType: "lifeline_alert", entityID: String(id), regionCode: before.region,
                    before: before, after: after), by: access, on: tx)
            return after
        }
    }

    /// Raises every open (unacknowledged) alert to the tier its age calls for: district after `minutes`, city after
    /// twice that. Returns the alerts raised, each audited as the system's `lifeline.alert.escalate`.
    public func escalateOverdue(after minutes: Double, now: Date) async throws -> [LifelineAlert] {
        let audit = self.audit
        return try await database.transaction { tx in
            let due = try await tx.query(
                "\(Self.alertSelect) WHERE al.status = 'open' AND al.escalation < ? AND al.opened_at <= ?",
                [.int(Int64(LifelineEscalationTier.city.rawValue)), SQLValue(now.addingTimeInterval(-minutes * 60))]
            ).map(Self.alert(from:))
            var raised: [LifelineAlert] = []
            var changes: [AuditChange] = []
            for before in due {
                let steps = Int((now.timeIntervalSince(before.openedAt) / (minutes * 60)).rounded(.down))
                guard let tier = LifelineEscalationTier(rawValue: min(steps, LifelineEscalationTier.city.rawValue)), tier > before.escalation else {
                    continue
                }
                var after = before
                after.escalation = tier
                after.escalatedAt = now.wholeMilliseconds
                try await tx.execute(
                    "UPDATE lifeline_alerts SET escalation = ?, escalated_at = ? WHERE id = ?",
                    [.int(Int64(tier.rawValue)), SQLValue(after.escalatedAt), .int(after.id)])
                raised.append(after)
                changes.append(
                    AuditChange(
                        action: "lifeline.alert.escalate", entityType: "lifeline_alert", entityID: String(after.id), regionCode: after.region,
                        before: before.escalation, after: tier))
            }
            try await audit.append(changes, by: .system, on: tx)
            return raised
        }
    }

    /// Writes the rules' changes: a change to a (sensor, rule) with an alert not yet closed updates that alert
    /// (level, most severe level, last value, time; an `opened` after a clear takes it up again), any other opens one.
    /// Returns each alert touched with the audit action taken on it, in order.
    @discardableResult
    static func apply(
        _ changes: [LifelineRuleChange], by access: StoreAccess, audit: AuditLog, on tx: any SQLExecutor
    ) async throws -> [LifelineAlertTouch] {
        guard !changes.isEmpty else { return [] }
        var audited: [AuditChange] = []
        var touched: [LifelineAlertTouch] = []
        for change in changes {
            let at = SQLValue(change.change.time)
            let value = SQLValue(change.change.value)
            let current = try await tx.first(
                "SELECT id, level, peak_level FROM lifeline_alerts WHERE sensor_id = ? AND rule_index = ? AND status <> 'closed'",
                [.int(change.sensorID), .int(Int64(change.rule))])
            let action: String
            let alertID: Int64
            if let level = change.change.levelAfter {
                if let current {
                    alertID = try current.int("id")
                    let peak = AlertLevel.mostSevere(AlertLevel(rawValue: Int(try current.int("peak_level"))), level) ?? level
                    try await tx.execute(
                        "UPDATE lifeline_alerts SET level = ?, peak_level = ?, last_value = ?, updated_at = ?, cleared_at = NULL WHERE id = ?",
                        [.int(Int64(level.rawValue)), .int(Int64(peak.rawValue)), value, at, .int(alertID)])
                } else {
                    alertID = try await tx.insertReturningID(
                        """
                        INSERT INTO lifeline_alerts (sensor_id, rule_index, rule_kind, level, peak_level, status, last_value, opened_at, updated_at, escalation)
                        VALUES (?, ?, ?, ?, ?, 'open', ?, ?, ?, 0)
                        """,
                        [
                            .int(change.sensorID), .int(Int64(change.rule)), .text(change.ruleKind.rawValue), .int(Int64(level.rawValue)),
                            .int(Int64(level.rawValue)), value, at, at,
                        ])
                }
                action = current == nil ? "lifeline.alert.open" : "lifeline.alert.level"
            } else {
                guard let current else { continue }
                alertID = try current.int("id")
                try await tx.execute(
                    "UPDATE lifeline_alerts SET last_value = COALESCE(?, last_value), updated_at = ?, cleared_at = ? WHERE id = ?",
                    [value, at, at, .int(alertID)])
                action = "lifeline.alert.clear"
            }
            let region = try await tx.first(
                "SELECT a.region_code FROM lifeline_sensors s JOIN lifeline_assets a ON a.id = s.asset_id WHERE s.id = ?", [.int(change.sensorID)]
            )?.optionalString("region_code")
            audited.append(
                AuditChange(
                    action: action, entityType: "lifeline_alert", entityID: String(alertID), regionCode: region, before: nil as String?,
                    after: LifelineAuditedChange(change)))
            touched.append(LifelineAlertTouch(alertID: alertID, action: action))
        }
        try await audit.append(audited, by: access, on: tx)
        return touched
    }

    /// Writes rule changes found without a batch of readings (the silence rule's clock tick) in one transaction,
    /// audited as the system's; returns the alerts touched.
    public func applyRuleChanges(_ changes: [LifelineRuleChange]) async throws -> [LifelineAlertTouch] {
        guard !changes.isEmpty else { return [] }
        let audit = self.audit
        return try await database.transaction { tx in try await Self.apply(changes, by: .system, audit: audit, on: tx) }
    }

    /// The alerts of some ids (whoever may see them: the caller filters), by id.
    public func alerts(ids: [Int64]) async throws -> [Int64: LifelineAlert] {
        let wanted = Array(Set(ids))
        guard !wanted.isEmpty else { return [:] }
        var found: [Int64: LifelineAlert] = [:]
        for start in stride(from: 0, to: wanted.count, by: 500) {
            let chunk = wanted[start..<min(start + 500, wanted.count)]
            for row in try await database.query("\(Self.alertSelect) WHERE al.id IN (\(Placeholders.list(chunk.count)))", chunk.map { .int($0) }) {
                let alert = try Self.alert(from: row)
                found[alert.id] = alert
            }
        }
        return found
    }

    static func alert(from row: SQLRow) throws -> LifelineAlert {
        func level(_ column: String) throws -> AlertLevel {
            guard let level = AlertLevel(rawValue: Int(try row.int(column))) else {
                throw OasisError(kind: .internal, code: "store_row_shape", message: "lifeline_alerts.\(column) holds \(row[column]).")
            }
            return level
        }
        return LifelineAlert(
            id: try row.int("id"), sensor: try row.string("sensor_code"), rule: Int(try row.int("rule_index")),
            ruleKind: SensorRule.Kind(rawValue: try row.string("rule_kind")) ?? .threshold, asset: try row.string("asset_code"),
            region: try row.string("region_code"), ownerUnit: try row.string("owner_unit"), level: try level("level"),
            peakLevel: try level("peak_level"), status: LifelineAlertStatus(rawValue: try row.string("status")) ?? .open,
            lastValue: row.optionalDouble("last_value"), openedAt: try row.date("opened_at"), updatedAt: try row.date("updated_at"),
            clearedAt: row["cleared_at"].date, acknowledgedAt: row["acknowledged_at"].date, dispatchedAt: row["dispatched_at"].date,
            resolvedAt: row["resolved_at"].date, closedAt: row["closed_at"].date, caseID: row.optionalInt("case_id"),
            escalation: LifelineEscalationTier(rawValue: Int(try row.int("escalation"))) ?? .unit, escalatedAt: row["escalated_at"].date)
    }
}
