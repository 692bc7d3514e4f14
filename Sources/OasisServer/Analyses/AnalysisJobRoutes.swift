import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import OasisCore
import OasisServices
import OasisStore

/// Analyses from the web: a planner uploads the city's OSM extract and runs the living-circle and shelter analyses
/// as a background job (one per city at a time), follows it on a progress stream, and may cancel it. The figures are
/// recorded as `oasis analyse … --record` records them, as the user who started the job.
struct AnalysisJobRoutes: RouteCollection {
    static let routes: [Route<Self>] = [
        Route(.post, "/api/v1/analysis-jobs", .api, .permission(.writeIndicators), Self.create),
        Route(.get, "/api/v1/analysis-jobs", .api, .permission(.readLayers), Self.list),
        Route(.get, "/api/v1/analysis-jobs/:id", .api, .permission(.readLayers), Self.get),
        Route(.get, "/api/v1/analysis-jobs/:id/events", .api, .permission(.readLayers), Self.events),
        Route(.post, "/api/v1/analysis-jobs/:id/cancel", .api, .permission(.writeIndicators), Self.cancel),
        Route(.get, "/static/analysis-jobs.js", .static, .anyone, Self.script),
    ]

    let runner: AnalysisJobRunner
    let maxNetworkBytes: Int

    var store: Store { runner.store }

    /// `POST /api/v1/analysis-jobs?region=&period=&analyses=&fileName=`: the body is the OSM file (PBF or XML, possibly
    /// compressed, told by `fileName`), streamed to the network folder. 202 with the queued job.
    func create(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<AnalysisJobView> {
        let principal = context.principal
        try principal.require(.writeLayers)
        guard let region = try RequestParameters.region(request) else {
            throw OasisError.invalid(
                code: "region_required", message: "region: name the division whose layers the analyses read, such as ?region=6531.",
                details: [.init(field: "region", reason: "missing")])
        }
        guard let period = try RequestParameters.integer(request, "period") else {
            throw OasisError.invalid(
                code: "period_required", message: "period: name the year the figures are for, such as ?period=2026.",
                details: [.init(field: "period", reason: "missing")])
        }
        guard (1900...2200).contains(period) else {
            throw OasisError.invalid(
                code: "period_invalid", message: "period: a year such as 2026; got \(period).",
                details: [.init(field: "period", reason: "out of range")])
        }
        let analyses = try AnalysisJobKind.parse(RequestParameters.text(request, "analyses"))
        guard try await store.regions.get(try RegionCode(region)) != nil else { throw OasisError.notFound("Region", region) }
        // Checked before the upload, so that a busy city does not wait for its file; `create` checks again.
        if let running = try await store.analysisJobs.active(overlapping: region) { throw Self.busy(running) }
        if let length = request.headers[.contentLength].flatMap(Int.init), length > maxNetworkBytes {
            throw Self.tooLarge(maxNetworkBytes)
        }
        let upload = try AnalysisNetworkUpload(
            folder: runner.folder, name: RequestParameters.text(request, "fileName") ?? "network.osm.pbf", maxBytes: maxNetworkBytes)
        let network: AnalysisJobNetwork
        do {
            for try await piece in request.body { try upload.append(piece.readableBytesView) }
            network = try upload.finish()
        } catch {
            upload.abandon()
            throw error
        }
        let job: AnalysisJob
        do {
            job = try await store.analysisJobs.create(
                AnalysisJob(
                    region: region, period: period, analyses: analyses.map(\.rawValue), network: network, createdByID: principal.userID,
                    createdBy: principal.username, createdAt: store.clock.now()),
                by: principal.access(for: .writeIndicators))
        } catch {
            // Refused after all (another server queued a job meanwhile): the file stays only if a job names it.
            if try await !store.analysisJobs.networkFiles().contains(network.file) {
                try? FileManager.default.removeItem(atPath: runner.path(of: network.file))
            }
            throw error
        }
        runner.submit(job)
        return JSONBody(AnalysisJobView(job), status: .accepted)
    }

    /// `GET /api/v1/analysis-jobs?region=`: the jobs of a region in the caller's scope and below it, newest first.
    func list(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<ItemList<AnalysisJobView>> {
        let region = try await scopedRegion(RequestParameters.region(request), context.principal)
        let jobs = try await store.analysisJobs.list(region: region, limit: RequestParameters.limit(request) ?? 20)
        var views: [AnalysisJobView] = []
        for job in jobs { views.append(AnalysisJobView(try await runner.current(job.id) ?? job)) }
        return JSONBody(ItemList(items: views))
    }

    func get(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<AnalysisJobView> {
        JSONBody(AnalysisJobView(try await visibleJob(context)))
    }

    func cancel(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<AnalysisJobView> {
        JSONBody(AnalysisJobView(try await runner.cancel(try RequestParameters.id(context), by: context.principal)))
    }

    /// A job the caller may see: its region within their scope (404 otherwise, as for a job that does not exist).
    func visibleJob(_ context: OasisRequestContext) async throws -> AnalysisJob {
        let id = try RequestParameters.id(context)
        guard let job = try await runner.current(id) else { throw OasisError.notFound("Analysis job", String(id)) }
        do { _ = try await scopedRegion(job.region, context.principal) } catch { throw OasisError.notFound("Analysis job", String(id)) }
        return job
    }

    /// The region named (or the caller's first scope region, or the top of the tree), checked against the scope.
    func scopedRegion(_ region: String?, _ principal: Principal) async throws -> String {
        let code: RegionCode
        if let region {
            code = try RegionCode(region)
        } else if let first = principal.scope.regions.first {
            code = first
        } else if let root = RegionTree(try await store.regions.list()).roots.first?.region.code {
            code = root
        } else {
            throw OasisError.notFound("Region", "(none)")
        }
        if !principal.scope.coversAllRegions {
            let lineage = try await store.regions.lineage(of: code).map(\.code)
            guard lineage.contains(where: principal.scope.regions.contains) else {
                throw OasisError.forbidden("Region \(code) lies outside your scope.")
            }
        }
        return code.rawValue
    }

    static func busy(_ job: AnalysisJob) -> OasisError {
        OasisError.conflict(
            code: "analysis_job_running",
            message: "Analysis job \(job.id) for region \(job.region) is \(job.state.rawValue); one job per city at a time. Wait for it or cancel it."
        )
    }

    static func tooLarge(_ limit: Int) -> OasisError {
        OasisError(
            kind: .tooLarge, code: "analysis_network_too_large",
            message: "The network file is larger than this server accepts (\(limit) bytes, analysisNetworkMaxBytes).")
    }
}
