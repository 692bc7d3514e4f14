import Foundation
import OasisCore

/// The deadline watch's store side. A case is warned once per warning time and put under supervision once per
/// deadline: each step first claims its case with a conditional update (`warned_for`/`overdue_for` set to the time it
/// acts for), so that servers sharing a database never repeat it, and a reopened case with a new deadline is watched
/// again. Each step is its own transaction: the claim, the case's event, the audit entry, the rollups (supervision)
/// and the notices to the unit and its supervisor are committed together or not at all.
extension CaseRepository {
    /// One round at the store's clock: at most `limit` overdue cases are put under supervision (automatically, by the
    /// system), then at most `limit` cases past their warning time but not their deadline are warned. `describe`
    /// words the notice (the service layer formats times in China's zone).
    public func watchDeadlines(
        limit: Int = 200, describe: @Sendable (StaffNotice.Kind, HotlineCase) -> String
    ) async throws -> DeadlineWatchRound {
        let now = clock.now().wholeMilliseconds
        var round = DeadlineWatchRound()
        for kind in [StaffNotice.Kind.overdue, .deadlineWarning] {
            let (condition, binds) = Self.due(kind, now: now)
            let rows = try await database.query(
                "SELECT id FROM cases WHERE \(condition) ORDER BY \(Self.watched(kind).at), id LIMIT \(max(1, limit))", binds)
            for row in rows where try await step(kind, case: try row.int("id"), now: now, describe: describe) {
                if kind == .overdue { round.supervised.append(try row.int("id")) } else { round.warned.append(try row.int("id")) }
            }
        }
        return round
    }

    /// Claims and takes one step; false when another server (or an earlier round) already took it.
    private func step(
        _ kind: StaffNotice.Kind, case id: Int64, now: Date, describe: @Sendable (StaffNotice.Kind, HotlineCase) -> String
    ) async throws -> Bool {
        let audit = self.audit
        return try await database.transaction { tx in
            let (condition, binds) = Self.due(kind, now: now)
            let (at, done) = Self.watched(kind)
            let claim = "UPDATE cases SET \(done) = \(at) WHERE id = ? AND \(condition) RETURNING id"
            guard try await !tx.query(claim, [.int(id)] + binds).isEmpty,
                let before = try await tx.first("SELECT * FROM cases WHERE id = ?", [.int(id)]).map(CaseRows.item(from:)),
                let deadlines = before.deadlines
            else { return false }
            var supervisor: String?
            if let unit = before.workflow.unit {
                supervisor = try await tx.first("SELECT supervisor FROM case_units WHERE name = ?", [.text(unit)])?.optionalString("supervisor")
            }
            switch kind {
            case .overdue:
                var after = before
                after.supervised = true
                let change = Change(after: after, event: "auto_supervise", detail: deadlines.resolveBy.formatted(.iso8601))
                try await Self.write([(before, change)], actor: .system, now: now, audit: audit, on: tx)
            case .deadlineWarning:
                try await Self.appendEvents(
                    [Change(after: before, event: "deadline_warning", detail: deadlines.resolveBy.formatted(.iso8601))],
                    actor: StoreAccess.system.username,
                    now: now, on: tx)
                try await audit.append(
                    [
                        AuditChange(
                            action: "case.deadline_warning", entityType: "case", entityID: String(id), regionCode: before.region,
                            before: nil as CaseDeadlines?,
                            after: deadlines)
                    ], by: .system, on: tx)
            }
            let notice = StaffNotice(
                kind: kind, caseID: id, unit: before.workflow.unit, supervisor: supervisor, deadline: deadlines.resolveBy,
                at: now, language: Language.zhHans.rawValue, message: describe(kind, before))
            try await BulkInsert.rows(
                "notifications (case_id, status, payload, state, attempts, next_at, created_at)",
                [[.int(id), .text(kind.rawValue), .text(JSONColumn.text(notice)), .text("pending"), .int(0), SQLValue(now), SQLValue(now)]], on: tx)
            return true
        }
    }

    /// The column with the time a step acts at and the column recording the time it last acted for.
    private static func watched(_ kind: StaffNotice.Kind) -> (at: String, done: String) {
        switch kind {
        case .overdue: ("deadline_at", "overdue_for")
        case .deadlineWarning: ("warn_at", "warned_for")
        }
    }

    /// The one condition, for the round's selection and for each case's claim, of a case due for a step at `now`: its
    /// time has come and the step has not acted for that time; a warning also needs the deadline still ahead.
    private static func due(_ kind: StaffNotice.Kind, now: Date) -> (sql: String, binds: [SQLValue]) {
        let (at, done) = watched(kind)
        let condition = "\(at) IS NOT NULL AND \(at) <= ? AND (\(done) IS NULL OR \(done) <> \(at))"
        switch kind {
        case .overdue: return (condition, [SQLValue(now)])
        case .deadlineWarning: return (condition + " AND deadline_at > ?", [SQLValue(now), SQLValue(now)])
        }
    }
}
