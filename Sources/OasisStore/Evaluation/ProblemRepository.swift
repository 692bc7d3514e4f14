import Foundation
import OasisCore

/// The problem ledger (问题台账): one row per problem occurrence, each change audited.
public struct ProblemRepository: Sendable {
    let database: any SQLDatabase
    let audit: AuditLog
    let clock: any OasisClock

    /// Problems visible to the principal, optionally of one region (and everything below it) or one status.
    public func list(region: String? = nil, status: ProblemStatus? = nil, for principal: Principal) async throws -> [LedgerProblem] {
        try principal.require(.readIndicators)
        let filter = ScopeFilter(principal: principal, column: "region_code")
        var sql = "SELECT * FROM problems WHERE \(filter.sql)"
        var binds = filter.binds
        if let region {
            sql += " AND region_code IN (SELECT code FROM regions WHERE path LIKE ?)"
            binds.append(.text("%/\(region)/%"))
        }
        if let status {
            sql += " AND status = ?"
            binds.append(.text(status.rawValue))
        }
        return try await database.query(sql + " ORDER BY region_code, indicator_code, first_period", binds).map(Self.problem(from:))
    }

    public func get(_ id: Int64, for principal: Principal) async throws -> LedgerProblem? {
        try await list(for: principal).first { $0.id == id }
    }

    /// Inserts new problems (id 0) and updates changed ones from a reconciliation, in one transaction.
    public func apply(_ changes: [LedgerProblem], by principal: Principal) async throws -> [LedgerProblem] {
        guard !changes.isEmpty else { return [] }
        let audit = self.audit
        let now = clock.now()
        return try await database.transaction { tx in
            var applied: [LedgerProblem] = []
            for change in changes {
                applied.append(try await Self.write(change, now: now, audit: audit, principal: principal, on: tx))
            }
            return applied
        }
    }

    /// A person moves a problem along: `open → in_remediation → solved`, or back to `open`. Verification is
    /// the evaluation's job, never a person's.
    public func setStatus(_ id: Int64, to status: ProblemStatus, period: Int?, note: String?, by principal: Principal) async throws -> LedgerProblem {
        try principal.require(.writeIndicators)
        guard var problem = try await get(id, for: principal) else { throw OasisError.notFound("Problem", String(id)) }
        let allowed: [ProblemStatus: Set<ProblemStatus>] = [
            .open: [.inRemediation, .solved], .inRemediation: [.open, .solved], .solved: [.open, .inRemediation], .verified: [],
        ]
        guard allowed[problem.status]?.contains(status) == true else {
            throw OasisError.conflict(code: "invalid_transition",
                                      message: "A problem cannot go from \(problem.status.rawValue) to \(status.rawValue)\(status == .verified ? ": only a later period's evaluation verifies a problem" : "").")
        }
        if status == .solved {
            guard let period else {
                throw OasisError.invalid(code: "period_required", message: "Say in which period the problem was solved.",
                                         details: [.init(field: "period", reason: "required when marking a problem solved")])
            }
            problem.solvedPeriod = period
        } else {
            problem.solvedPeriod = nil
        }
        problem.status = status
        problem.note = note ?? problem.note
        let changed = problem
        let audit = self.audit
        let now = clock.now()
        return try await database.transaction { tx in
            try await Self.write(changed, now: now, audit: audit, principal: principal, on: tx)
        }
    }

    static func write(_ problem: LedgerProblem, now: Date, audit: AuditLog, principal: Principal, on tx: any SQLExecutor) async throws -> LedgerProblem {
        var problem = problem
        let binds: [SQLValue] = [
            .text(problem.category), .text(problem.severity.rawValue), .text(problem.status.rawValue), .int(Int64(problem.lastFailedPeriod)),
            SQLValue(problem.solvedPeriod), SQLValue(problem.verifiedPeriod), .int(Int64(problem.reopenCount)), SQLValue(problem.note), SQLValue(now),
        ]
        let before: LedgerProblem?
        if problem.id == 0 {
            before = nil
            problem.id = try await tx.insertReturningID(
                """
                INSERT INTO problems (category, severity, status, last_failed_period, solved_period, verified_period, reopen_count, note,
                    updated_at, region_code, indicator_code, first_period) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                binds + [.text(problem.region), .text(problem.indicator), .int(Int64(problem.firstPeriod))]
            )
        } else {
            before = try await tx.first("SELECT * FROM problems WHERE id = ?", [.int(problem.id)]).map(Self.problem(from:))
            try await tx.execute(
                """
                UPDATE problems SET category = ?, severity = ?, status = ?, last_failed_period = ?, solved_period = ?, verified_period = ?,
                    reopen_count = ?, note = ?, updated_at = ? WHERE id = ?
                """,
                binds + [.int(problem.id)]
            )
        }
        try await audit.append(
            AuditChange(action: before == nil ? "problem.open" : "problem.\(problem.status.rawValue)", entityType: "problem",
                        entityID: String(problem.id), regionCode: problem.region, before: before, after: problem),
            by: principal, on: tx
        )
        return problem
    }

    static func problem(from row: SQLRow) throws -> LedgerProblem {
        LedgerProblem(
            id: try row.int("id"), region: try row.string("region_code"), indicator: try row.string("indicator_code"),
            category: try row.string("category"), severity: ProblemSeverity(rawValue: try row.string("severity")) ?? .medium,
            status: ProblemStatus(rawValue: try row.string("status")) ?? .open, firstPeriod: Int(try row.int("first_period")),
            lastFailedPeriod: Int(try row.int("last_failed_period")), solvedPeriod: row.optionalInt("solved_period").map(Int.init),
            verifiedPeriod: row.optionalInt("verified_period").map(Int.init), reopenCount: Int(try row.int("reopen_count")),
            note: row.optionalString("note")
        )
    }
}
