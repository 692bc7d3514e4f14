import Foundation
import Hummingbird
import OasisCore
import OasisServices
import OasisStore

/// The living-circle page's analyses section: the form that uploads a network and starts the analyses as a
/// background job (for users who may record figures and write layers), and the region's recent jobs with a progress
/// bar each, which the page script follows on the job's progress stream; a cancel button for an active job.
extension LivingCircleRoutes {
    static let jobsShown = 5

    func jobsData(region: String, context: OasisRequestContext) async throws -> [String: Any] {
        let language = context.language
        let principal = context.principal
        let jobs = try await store.analysisJobs.list(region: region, limit: Self.jobsShown)
        var rows: [[String: Any]] = []
        for stored in jobs {
            let job = try await analyses.current(stored.id) ?? stored
            rows.append([
                "id": job.id, "state": job.state.rawValue, "stateLabel": stateLabel(job.state, language),
                "step": job.step.map { stepLabel($0, language) } ?? "",
                "percent": String(format: "%.0f", job.fraction * 100),
                "active": job.state.isActive, "network": job.network.name, "period": job.period, "region": job.region,
                "size": NumberFormat.integer(job.network.bytes), "by": job.createdBy, "at": NumberFormat.chinaTime(job.createdAt),
                "message": job.message ?? "", "hasMessage": job.message != nil,
                "recorded": job.recorded.map { catalogue.text(MessageKey("jobs_analysis_\($0)"), language) }.joined(separator: " · "),
            ])
        }
        // The words the page script shows for each step and state a job can report.
        var labels: [String: String] = [:]
        for step in ProgressStep.allCases.map(\.rawValue) + [AnalysisJobRunner.readLayersStep]
            + AnalysisJobKind.allCases.map(AnalysisJobRunner.recordStep)
        {
            labels[step] = stepLabel(step, language)
        }
        for state in AnalysisJobState.allCases { labels["state_\(state.rawValue)"] = stateLabel(state, language) }
        let labelJSON = String(decoding: try JSONSerialization.data(withJSONObject: labels, options: [.sortedKeys]), as: UTF8.self)
        return [
            "canRunJobs": principal.can(.writeIndicators) && principal.can(.writeLayers), "jobs": rows, "hasJobs": !rows.isEmpty,
            "jobYear": Calendar(identifier: .gregorian).component(.year, from: store.clock.now()), "jobLabels": labelJSON,
        ]
    }

    func stateLabel(_ state: AnalysisJobState, _ language: Language) -> String {
        catalogue.text(MessageKey("jobs_state_\(state.rawValue)"), language)
    }

    /// A step's words: the libraries' steps have `progress_…` messages, the job's own phases `jobs_step_…`.
    func stepLabel(_ step: String, _ language: Language) -> String {
        for key in [MessageKey("progress_\(step)"), MessageKey("jobs_step_\(step)")] where catalogue.contains(key) {
            return catalogue.text(key, language)
        }
        return step
    }

    /// `POST /living-circles/analyses?region=` (the analyses form without JavaScript): the file comes in the form, so up
    /// to the server's body limit; the page again, with the new job or with why it was refused.
    func startJob(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        let contentType = RequestContentType(request)
        try contentType.require(contentType.mediaType == "multipart/form-data", "Send the analyses form as multipart/form-data.")
        let body = try await JSONResponse.collect(request, context: context)
        let form = try MultipartForm.parse(Array(buffer: body), contentType: request.headers[.contentType] ?? "")
        try pages.checkCSRF(form.part("csrf")?.text, context)
        do {
            let file = form.part("network")
            let job = try await jobs.queue(
                region: RequestParameters.text(request, "region"), period: form.part("period")?.text,
                analyses: form.parts.filter { $0.name == "analyses" }.map(\.text).joined(separator: ","), fileName: file?.fileName,
                by: context.principal
            ) { upload in try upload.append(file?.bytes ?? []) }
            return Response.redirect(to: "/living-circles?region=\(job.region)#analysis-jobs", type: .found)
        } catch {
            let refusal = OasisError.from(error)
            guard [.invalid, .conflict, .tooLarge, .unsupportedMediaType, .notFound].contains(refusal.kind) else { throw error }
            return try await pages.page(context) { context in
                try await render(request, context, jobProblem: refusal.message, status: refusal.kind.status)
            }
        }
    }

    /// `POST /living-circles/analyses/:id/cancel` (the page's cancel button): cancels, then back to the page.
    func cancelJob(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        try await pages.checkCSRF(request, context)
        let job = try await analyses.cancel(try RequestParameters.id(context), by: context.principal)
        return Response.redirect(to: "/living-circles?region=\(job.region)#analysis-jobs", type: .found)
    }
}
