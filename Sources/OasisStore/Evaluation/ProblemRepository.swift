import Foundation
import OasisCore

/// The problem ledger (问题台账): one row per problem occurrence, each change audited.
public struct ProblemRepository: Sendable {
    let database: any SQLDatabase
    let audit: AuditLog
    let clock: any OasisClock

    /// Problems visible to the access, optionally of one region (and everything below it) or one status.
    public func list(region: String? = nil, status: ProblemStatus? = nil, for access: StoreAccess) async throws -> [LedgerProblem] {
        let filter = ScopeFilter(access: access, column: "region_code")
        var sql = "SELECT * FROM problems WHERE \(filter.sql)"
        var binds = filter.binds
        if let region {
            let within = ScopeFilter.within(region, column: "region_code")
            sql += " AND " + within.sql
            binds.append(within.bind)
        }
        if let status {
            sql += " AND status = ?"
            binds.append(.text(status.rawValue))
        }
        return try await database.query(sql + " ORDER BY region_code, indicator_code, first_period", binds).map(Self.problem(from:))
    }

    /// The problems with these ids that the access may see.
    public func problems(ids: [Int64], for access: StoreAccess) async throws -> [LedgerProblem] {
        let filter = ScopeFilter(access: access, column: "region_code")
        var problems: [LedgerProblem] = []
        let unique = Array(Set(ids)).sorted()
        for start in stride(from: 0, to: unique.count, by: 500) {
            let chunk = unique[start..<min(start + 500, unique.count)]
            let marks = Placeholders.list(chunk.count)
            problems += try await database.query(
                "SELECT * FROM problems WHERE id IN (\(marks)) AND \(filter.sql)", chunk.map { .int($0) } + filter.binds
            )
            .map(Self.problem(from:))
        }
        return problems
    }

    public func get(_ id: Int64, for access: StoreAccess) async throws -> LedgerProblem? {
        try await problems(ids: [id], for: access).first
    }

    /// Inserts new problems (id 0) and updates changed ones from a reconciliation, in one transaction, with
    /// multi-row statements and one batch of audit events: a ledger refresh touches thousands of problems.
    public func apply(_ changes: [LedgerProblem], by access: StoreAccess) async throws -> [LedgerProblem] {
        guard !changes.isEmpty else { return [] }
        let audit = self.audit
        let now = clock.now()
        return try await database.transaction { tx in
            var applied = changes
            var befores: [Int64: LedgerProblem] = [:]
            let updates = changes.filter { $0.id != 0 }
            for start in stride(from: 0, to: updates.count, by: 500) {
                let chunk = updates[start..<min(start + 500, updates.count)]
                let marks = Placeholders.list(chunk.count)
                for row in try await tx.query("SELECT * FROM problems WHERE id IN (\(marks))", chunk.map { .int($0.id) }) {
                    let problem = try Self.problem(from: row)
                    befores[problem.id] = problem
                }
            }
            try await Self.updateAll(updates, now: now, on: tx)
            let insertIndices = changes.indices.filter { changes[$0].id == 0 }
            for start in stride(from: 0, to: insertIndices.count, by: 400) {
                let chunk = Array(insertIndices[start..<min(start + 400, insertIndices.count)])
                try await Self.insertAll(chunk.map { changes[$0] }, now: now, on: tx)
                let keys = Array(repeating: "(region_code = ? AND indicator_code = ? AND first_period = ?)", count: chunk.count).joined(
                    separator: " OR ")
                var binds: [SQLValue] = []
                for index in chunk {
                    binds += [.text(changes[index].region), .text(changes[index].indicator), .int(Int64(changes[index].firstPeriod))]
                }
                var ids: [String: Int64] = [:]
                for row in try await tx.query("SELECT id, region_code, indicator_code, first_period FROM problems WHERE \(keys)", binds) {
                    ids["\(try row.string("region_code"))|\(try row.string("indicator_code"))|\(try row.int("first_period"))"] = try row.int("id")
                }
                for index in chunk {
                    applied[index].id = ids["\(changes[index].region)|\(changes[index].indicator)|\(changes[index].firstPeriod)"] ?? 0
                }
            }
            try await audit.append(
                applied.map { problem in
                    let before = befores[problem.id]
                    return AuditChange(
                        action: before == nil ? "problem.open" : "problem.\(problem.status.rawValue)", entityType: "problem",
                        entityID: String(problem.id), regionCode: problem.region, before: before, after: problem)
                }, by: access, on: tx)
            return applied
        }
    }

    static func insertAll(_ problems: [LedgerProblem], now: Date, on tx: any SQLExecutor) async throws {
        guard !problems.isEmpty else { return }
        let rows = Array(repeating: "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", count: problems.count).joined(separator: ", ")
        var binds: [SQLValue] = []
        binds.reserveCapacity(problems.count * 12)
        for problem in problems {
            binds += [
                .text(problem.category), .text(problem.severity.rawValue), .text(problem.status.rawValue), .int(Int64(problem.lastFailedPeriod)),
                SQLValue(problem.solvedPeriod), SQLValue(problem.verifiedPeriod), .int(Int64(problem.reopenCount)), SQLValue(problem.note),
                SQLValue(now), .text(problem.region), .text(problem.indicator), .int(Int64(problem.firstPeriod)),
            ]
        }
        try await tx.execute(
            """
            INSERT INTO problems (category, severity, status, last_failed_period, solved_period, verified_period, reopen_count, note,
                updated_at, region_code, indicator_code, first_period) VALUES \(rows)
            """, binds)
    }

    /// Updates many problems with one statement per 5,000, their new values carried as JSON rows.
    static func updateAll(_ problems: [LedgerProblem], now: Date, on tx: any SQLExecutor) async throws {
        let nowMillis = Int64((now.timeIntervalSince1970 * 1000).rounded())
        for start in stride(from: 0, to: problems.count, by: 5_000) {
            let chunk = problems[start..<min(start + 5_000, problems.count)]
            var json = "["
            for (offset, problem) in chunk.enumerated() {
                if offset > 0 { json += "," }
                json += "[\(problem.id),"
                JSONText.appendString(problem.category, to: &json)
                json += ","
                JSONText.appendString(problem.severity.rawValue, to: &json)
                json += ","
                JSONText.appendString(problem.status.rawValue, to: &json)
                json += ",\(problem.lastFailedPeriod),\(problem.solvedPeriod.map(String.init) ?? "null"),"
                json += "\(problem.verifiedPeriod.map(String.init) ?? "null"),\(problem.reopenCount),"
                if let note = problem.note { JSONText.appendString(note, to: &json) } else { json += "null" }
                json += "]"
            }
            json += "]"
            let rows = tx.dialect.jsonRows(columns: [
                ("BIGINT", "id"), ("TEXT", "category"), ("TEXT", "severity"), ("TEXT", "status"), ("BIGINT", "last_failed_period"),
                ("BIGINT", "solved_period"), ("BIGINT", "verified_period"), ("BIGINT", "reopen_count"), ("TEXT", "note"),
            ])
            try await tx.execute(
                """
                UPDATE problems SET category = v.category, severity = v.severity, status = v.status, last_failed_period = v.last_failed_period,
                    solved_period = v.solved_period, verified_period = v.verified_period, reopen_count = v.reopen_count, note = v.note,
                    updated_at = \(nowMillis)
                FROM (\(rows)) AS v WHERE problems.id = v.id
                """, [.text(json)])
        }
    }

    /// A person moves a problem along: `open → in_remediation → solved`, or back to `open`. Verification is
    /// the evaluation's job, never a person's.
    public func setStatus(_ id: Int64, to status: ProblemStatus, period: Int?, note: String?, by access: StoreAccess) async throws -> LedgerProblem {
        var check = DomainCheck()
        check.integer(period, .year, "period")
        check.text(note, .description, "note")
        guard check.details.isEmpty else {
            throw OasisError.invalid(code: "problem_status_invalid", message: "The status change is not valid.", details: check.details)
        }
        guard var problem = try await get(id, for: access) else { throw OasisError.notFound("Problem", String(id)) }
        let allowed: [ProblemStatus: Set<ProblemStatus>] = [
            .open: [.inRemediation, .solved], .inRemediation: [.open, .solved], .solved: [.open, .inRemediation], .verified: [],
        ]
        guard allowed[problem.status]?.contains(status) == true else {
            throw OasisError.conflict(
                code: "invalid_transition",
                message:
                    "A problem cannot go from \(problem.status.rawValue) to \(status.rawValue)\(status == .verified ? ": only a later period's evaluation verifies a problem" : "")."
            )
        }
        if status == .solved {
            guard let period else {
                throw OasisError.invalid(
                    code: "period_required", message: "Say in which period the problem was solved.",
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
            try await Self.write(changed, now: now, audit: audit, access: access, on: tx)
        }
    }

    static func write(_ problem: LedgerProblem, now: Date, audit: AuditLog, access: StoreAccess, on tx: any SQLExecutor) async throws
        -> LedgerProblem
    {
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
            AuditChange(
                action: before == nil ? "problem.open" : "problem.\(problem.status.rawValue)", entityType: "problem",
                entityID: String(problem.id), regionCode: problem.region, before: before, after: problem),
            by: access, on: tx
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
