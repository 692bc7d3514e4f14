import Foundation
import OasisCore

/// Background analyses (`analysis_jobs`). A job is created queued for a region within the creator's scope, refused
/// while an active job covers the same region, one above it or one below it; the runner moves it to running,
/// reports its step (which also beats its heart), records each analysis, and finishes it. Creation, cancellation and
/// the end of a job are audited; progress is not.
public struct AnalysisJobRepository: Sendable {
    let database: any SQLDatabase
    let audit: AuditLog
    let clock: any OasisClock

    static let active = "state IN ('queued', 'running')"

    /// Queues a job; 409 `analysis_job_running` while an active job overlaps its region.
    public func create(_ job: AnalysisJob, by access: StoreAccess) async throws -> AnalysisJob {
        let audit = self.audit
        return try await database.transaction { tx in
            try await RegionRepository.requireInScope([job.region], access: access, on: tx)
            if let running = try await Self.overlapping(job.region, on: tx) {
                throw OasisError.conflict(
                    code: "analysis_job_running",
                    message:
                        "Analysis job \(running.id) for region \(running.region) is \(running.state.rawValue); one job per city at a time. Wait for it or cancel it."
                )
            }
            var saved = job
            saved.id = try await tx.insertReturningID(
                """
                INSERT INTO analysis_jobs (region_code, period, analyses, state, network_file, network_name, network_bytes, network_sha256,
                    completed, total, recorded, created_by_id, created_by, created_at, heartbeat_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 0, '', ?, ?, ?, ?)
                """,
                [
                    .text(job.region), .int(Int64(job.period)), .text(job.analyses.joined(separator: ",")), .text(AnalysisJobState.queued.rawValue),
                    .text(job.network.file), .text(job.network.name), .int(Int64(job.network.bytes)), .text(job.network.sha256),
                    job.createdByID.map { .int($0) } ?? .null, .text(job.createdBy), SQLValue(job.createdAt), SQLValue(job.createdAt),
                ])
            try await audit.append(
                AuditChange(
                    action: "analysis.job_created", entityType: "analysis_job", entityID: String(saved.id), regionCode: job.region,
                    before: nil as String?, after: "\(job.analyses.joined(separator: ",")) for \(job.period) on \(job.network.name)"),
                by: access, on: tx)
            return saved
        }
    }

    /// An active job whose region is `region`, lies above it or below it.
    static func overlapping(_ region: String, on executor: any SQLExecutor) async throws -> AnalysisJob? {
        try await executor.first(
            """
            SELECT j.* FROM analysis_jobs j JOIN regions r ON r.code = j.region_code JOIN regions n ON n.code = ?
            WHERE j.\(active) AND (n.path LIKE '%/' || r.code || '/%' OR r.path LIKE '%/' || n.code || '/%')
            ORDER BY j.id LIMIT 1
            """, [.text(region)]
        ).map(Self.job(from:))
    }

    /// The active job whose region is `region`, lies above it or below it, if any.
    public func active(overlapping region: String) async throws -> AnalysisJob? {
        try await Self.overlapping(region, on: database)
    }

    public func get(_ id: Int64) async throws -> AnalysisJob? {
        try await database.first("SELECT * FROM analysis_jobs WHERE id = ?", [.int(id)]).map(Self.job(from:))
    }

    /// The jobs of `region` and the regions below it, newest first.
    public func list(region: String, limit: Int = 20) async throws -> [AnalysisJob] {
        let within = ScopeFilter.within(region, column: "region_code")
        return try await database.query(
            "SELECT * FROM analysis_jobs WHERE \(within.sql) ORDER BY id DESC LIMIT \(max(1, limit))", [within.bind]
        ).map(Self.job(from:))
    }

    /// The newest job of `region` itself that succeeded (and recorded `analysis`, when named), or nil.
    public func latestSucceeded(region: String, with analysis: String? = nil) async throws -> AnalysisJob? {
        try await recentSuccesses(region: region).first { job in analysis.map(job.recorded.contains) ?? true }
    }

    /// For each analysis, the newest job of `region` itself that succeeded and recorded it: one read where a page
    /// shows several analyses' results.
    public func latestSucceededByAnalysis(region: String) async throws -> [String: AnalysisJob] {
        var latest: [String: AnalysisJob] = [:]
        for job in try await recentSuccesses(region: region) {
            for analysis in job.recorded where latest[analysis] == nil { latest[analysis] = job }
        }
        return latest
    }

    /// The region's last 20 jobs that succeeded, newest first.
    func recentSuccesses(region: String) async throws -> [AnalysisJob] {
        try await database.query(
            "SELECT * FROM analysis_jobs WHERE region_code = ? AND state = 'succeeded' ORDER BY id DESC LIMIT 20", [.text(region)]
        ).map(Self.job(from:))
    }

    /// Queued → running. False when the job is no longer queued (cancelled meanwhile).
    public func start(_ id: Int64) async throws -> Bool {
        let now = SQLValue(clock.now())
        return try await database.first(
            "UPDATE analysis_jobs SET state = 'running', started_at = COALESCE(started_at, ?), heartbeat_at = ? WHERE id = ? AND state = 'queued' RETURNING id",
            [now, now, .int(id)]) != nil
    }

    /// The step in progress, which also beats the job's heart. False when the job is no longer running (cancelled
    /// by someone, perhaps on another server): the runner then stops.
    public func progress(_ id: Int64, step: String, completed: Int, total: Int) async throws -> Bool {
        try await database.first(
            "UPDATE analysis_jobs SET step = ?, completed = ?, total = ?, heartbeat_at = ? WHERE id = ? AND state = 'running' RETURNING id",
            [.text(step), .int(Int64(completed)), .int(Int64(total)), SQLValue(clock.now()), .int(id)]) != nil
    }

    /// Notes that `analysis` is recorded, with the result document so far. False when the job is no longer running.
    public func recorded(_ id: Int64, analyses: [String], result: String) async throws -> Bool {
        try await database.first(
            "UPDATE analysis_jobs SET recorded = ?, result = ?, heartbeat_at = ? WHERE id = ? AND state = 'running' RETURNING id",
            [.text(analyses.joined(separator: ",")), .text(result), SQLValue(clock.now()), .int(id)]) != nil
    }

    /// Running → succeeded or failed (with why). A job cancelled meanwhile stays cancelled.
    public func finish(_ id: Int64, state: AnalysisJobState, message: String?, by access: StoreAccess) async throws {
        let audit = self.audit
        let now = SQLValue(clock.now())
        try await database.transaction { tx in
            guard
                let row = try await tx.first(
                    "UPDATE analysis_jobs SET state = ?, message = ?, finished_at = ?, heartbeat_at = ? WHERE id = ? AND \(Self.active) RETURNING *",
                    [.text(state.rawValue), message.map { .text($0) } ?? .null, now, now, .int(id)])
            else { return }
            let job = try Self.job(from: row)
            try await audit.append(
                AuditChange(
                    action: "analysis.job_\(state.rawValue)", entityType: "analysis_job", entityID: String(id), regionCode: job.region,
                    before: nil as String?, after: message ?? job.recorded.joined(separator: ",")),
                by: access, on: tx)
        }
    }

    /// Cancels an active job of a region within the access's scope; returns the job as it now stands (a job that
    /// had already ended is returned unchanged). 404 for a job that does not exist or lies outside the scope.
    public func cancel(_ id: Int64, by access: StoreAccess) async throws -> AnalysisJob {
        let audit = self.audit
        let now = SQLValue(clock.now())
        return try await database.transaction { tx in
            guard let current = try await tx.first("SELECT * FROM analysis_jobs WHERE id = ?", [.int(id)]).map(Self.job(from:)) else {
                throw OasisError.notFound("Analysis job", String(id))
            }
            do {
                try await RegionRepository.requireInScope([current.region], access: access, on: tx)
            } catch {
                throw OasisError.notFound("Analysis job", String(id))
            }
            guard current.state.isActive else { return current }
            let row = try await tx.first(
                "UPDATE analysis_jobs SET state = 'cancelled', message = ?, finished_at = ? WHERE id = ? RETURNING *",
                [.text("cancelled by \(access.username)"), now, .int(id)])
            try await audit.append(
                AuditChange(
                    action: "analysis.job_cancelled", entityType: "analysis_job", entityID: String(id), regionCode: current.region,
                    before: current.state.rawValue, after: AnalysisJobState.cancelled.rawValue),
                by: access, on: tx)
            return try row.map(Self.job(from:)) ?? current
        }
    }

    /// Takes over the active jobs whose heart stopped before `staleBefore` (their server was stopped or crashed):
    /// each becomes running again with a fresh heartbeat, so that only one server resumes it.
    public func claimStale(before staleBefore: Date) async throws -> [AnalysisJob] {
        let now = SQLValue(clock.now())
        return try await database.query(
            "UPDATE analysis_jobs SET state = 'running', heartbeat_at = ? WHERE \(Self.active) AND heartbeat_at < ? RETURNING *",
            [now, SQLValue(staleBefore)]
        ).map(Self.job(from:)).sorted { $0.id < $1.id }
    }

    /// The network files active or kept jobs still name (a file no job names may be deleted).
    public func networkFiles() async throws -> Set<String> {
        Set(try await database.query("SELECT DISTINCT network_file FROM analysis_jobs").map { try $0.string("network_file") })
    }

    static func job(from row: SQLRow) throws -> AnalysisJob {
        func list(_ column: String) -> [String] {
            (row.optionalString(column) ?? "").split(separator: ",").map(String.init)
        }
        return AnalysisJob(
            id: try row.int("id"), region: try row.string("region_code"), period: Int(try row.int("period")), analyses: list("analyses"),
            state: AnalysisJobState(rawValue: try row.string("state")) ?? .failed,
            network: AnalysisJobNetwork(
                file: try row.string("network_file"), name: try row.string("network_name"), bytes: Int(try row.int("network_bytes")),
                sha256: try row.string("network_sha256")),
            step: row.optionalString("step"), completed: Int(row.optionalInt("completed") ?? 0), total: Int(row.optionalInt("total") ?? 0),
            recorded: list("recorded"), message: row.optionalString("message"), result: row.optionalString("result"),
            createdByID: row.optionalInt("created_by_id"), createdBy: try row.string("created_by"), createdAt: try row.date("created_at"),
            startedAt: row["started_at"].date, finishedAt: row["finished_at"].date, heartbeatAt: try row.date("heartbeat_at"))
    }
}

extension AnalysisJobRepository {
    /// Stops the heart of active jobs a server lets go of at shutdown, so that `claimStale` takes them at once.
    public func release(_ ids: [Int64]) async throws {
        guard !ids.isEmpty else { return }
        try await database.execute(
            "UPDATE analysis_jobs SET heartbeat_at = 0 WHERE \(Self.active) AND id IN (\(Placeholders.list(ids.count)))", ids.map { .int($0) })
    }
}
