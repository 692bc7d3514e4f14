import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import OasisCore
import OasisServices
import OasisStore
import ServiceLifecycle

/// A job's progress stream (`GET /api/v1/analysis-jobs/:id/events`, `text/event-stream`): a `progress` event with the
/// job as JSON whenever its state, step, counts or recorded analyses change (looked at four times a second: the live
/// copy when the job runs on this server, its row when it runs on another), a keep-alive comment every 15 seconds,
/// and one `end` event with the finished job, after which the stream closes.
extension AnalysisJobRoutes {
    static let pollInterval: Duration = .milliseconds(250)
    static let keepAliveEvery = 60

    func events(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        let first = try await visibleJob(context)
        let runner = self.runner
        var headers: HTTPFields = [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-store"]
        headers[.xAccelBuffering] = "no"
        return Response(
            status: .ok, headers: headers,
            body: ResponseBody { writer in
                try await writer.write(ByteBuffer(string: "retry: 3000\n: analysis job \(first.id)\n\n"))
                var job = first
                var shown: AnalysisJob?
                var quiet = 0
                // Looked at four times a second, so that a graceful shutdown ends the stream within a quarter second.
                while !Task.isCancelled && !Task.isShuttingDownGracefully {
                    if !job.state.isActive {
                        try await writer.write(ByteBuffer(string: Self.event("end", job)))
                        break
                    }
                    if shown.map({ !Self.sameProgress($0, job) }) ?? true {
                        try await writer.write(ByteBuffer(string: Self.event("progress", job)))
                        shown = job
                        quiet = 0
                    } else {
                        quiet += 1
                        if quiet >= Self.keepAliveEvery {
                            try await writer.write(ByteBuffer(string: ": keep-alive\n\n"))
                            quiet = 0
                        }
                    }
                    try await Task.sleep(for: Self.pollInterval)
                    job = try await runner.current(job.id) ?? job
                }
                try await writer.finish(nil)
            })
    }

    static func sameProgress(_ a: AnalysisJob, _ b: AnalysisJob) -> Bool {
        a.state == b.state && a.step == b.step && a.completed == b.completed && a.total == b.total && a.recorded == b.recorded
    }

    static func event(_ name: String, _ job: AnalysisJob) -> String {
        let data = (try? JSONResponse.encoder.encode(AnalysisJobView(job))).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        return "event: \(name)\ndata: \(data)\n\n"
    }
}
