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
        let overdue = try await database.query(
            """
            SELECT id FROM cases WHERE deadline_at IS NOT NULL AND deadline_at <= ? AND (overdue_for IS NULL OR overdue_for <> deadline_at)
            ORDER BY deadline_at, id LIMIT \(max(1, limit))
            """, [SQLValue(now)])
        for row in overdue where try await step(.overdue, case: try row.int("id"), now: now, describe: describe) {
            round.supervised.append(try row.int("id"))
        }
        let warnings = try await database.query(
            """
            SELECT id FROM cases WHERE warn_at IS NOT NULL AND warn_at <= ? AND deadline_at > ? AND (warned_for IS NULL OR warned_for <> warn_at)
            ORDER BY warn_at, id LIMIT \(max(1, limit))
            """, [SQLValue(now), SQLValue(now)])
        for row in warnings where try await step(.deadlineWarning, case: try row.int("id"), now: now, describe: describe) {
            round.warned.append(try row.int("id"))
        }
        return round
    }

    /// Claims and takes one step; false when another server (or an earlier round) already took it.
    private func step(
        _ kind: StaffNotice.Kind, case id: Int64, now: Date, describe: @Sendable (StaffNotice.Kind, HotlineCase) -> String
    ) async throws -> Bool {
        let audit = self.audit
        return try await database.transaction { tx in
            let claim =
                switch kind {
                case .overdue:
                    "UPDATE cases SET overdue_for = deadline_at WHERE id = ? AND deadline_at IS NOT NULL AND deadline_at <= ? AND (overdue_for IS NULL OR overdue_for <> deadline_at) RETURNING id"
                case .deadlineWarning:
                    "UPDATE cases SET warned_for = warn_at WHERE id = ? AND warn_at IS NOT NULL AND warn_at <= ? AND (warned_for IS NULL OR warned_for <> warn_at) RETURNING id"
                }
            guard try await !tx.query(claim, [.int(id), SQLValue(now)]).isEmpty,
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
}
