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

    let queue: AnalysisJobQueue

    var runner: AnalysisJobRunner { queue.runner }
    var store: Store { runner.store }

    /// `POST /api/v1/analysis-jobs?region=&period=&analyses=&fileName=`: the body is the OSM file (PBF or XML, possibly
    /// compressed, told by `fileName`), streamed to the network folder. 202 with the queued job.
    func create(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<AnalysisJobView> {
        if let length = request.headers[.contentLength].flatMap(Int.init), length > queue.maxNetworkBytes {
            throw AnalysisNetworkUpload.tooLarge(queue.maxNetworkBytes)
        }
        let job = try await queue.queue(
            region: RequestParameters.text(request, "region"), period: RequestParameters.text(request, "period"),
            analyses: RequestParameters.text(request, "analyses"), fileName: RequestParameters.text(request, "fileName"), by: context.principal
        ) { upload in
            for try await piece in request.body { try upload.append(piece.readableBytesView) }
        }
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
        try await ScopedRegion.resolve(region, for: principal, in: store).code.rawValue
    }
}
