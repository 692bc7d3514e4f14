import Foundation
import OasisCore
import OasisServices
import OasisStore

/// Queues a background analysis for the API and the page's form alike: checks the request (region, period,
/// analyses, the city free of another job) before a byte of the file is stored, stores the file as it arrives
/// (`write`), records the job and hands it to the runner. A refused request keeps nothing.
struct AnalysisJobQueue: Sendable {
    let runner: AnalysisJobRunner
    let maxNetworkBytes: Int

    var store: Store { runner.store }

    func queue(
        region regionText: String?, period periodText: String?, analyses analysesText: String?, fileName: String?, by principal: Principal,
        write: (AnalysisNetworkUpload) async throws -> Void
    ) async throws -> AnalysisJob {
        try principal.require(.writeIndicators)
        try principal.require(.writeLayers)
        guard let regionText, !regionText.isEmpty else {
            throw OasisError.invalid(
                code: "region_required", message: "region: name the division whose layers the analyses read, such as ?region=6531.",
                details: [.init(field: "region", reason: "missing")])
        }
        let region = try RequestParameters.regionCode(regionText, field: "region").rawValue
        guard let periodText, !periodText.isEmpty else {
            throw OasisError.invalid(
                code: "period_required", message: "period: name the year the figures are for, such as ?period=2026.",
                details: [.init(field: "period", reason: "missing")])
        }
        guard let period = Int(periodText.trimmingCharacters(in: .whitespaces)), NumericDomain.year.reason(period) == nil else {
            throw OasisError.invalid(
                code: "period_invalid", message: "period: a year such as 2026; got \(periodText.prefix(20)).",
                details: [.init(field: "period", reason: "not a year in \(NumericDomain.year.rangeText)")])
        }
        let analyses = try AnalysisJobKind.parse(analysesText)
        guard try await store.regions.get(try RegionCode(region)) != nil else { throw OasisError.notFound("Region", region) }
        // Checked before the upload, so that a busy city does not wait for its file; `create` checks again.
        if let running = try await store.analysisJobs.active(overlapping: region) { throw Self.busy(running) }
        let upload = try AnalysisNetworkUpload(folder: runner.folder, name: fileName ?? "network.osm.pbf", maxBytes: maxNetworkBytes)
        let network: AnalysisJobNetwork
        do {
            try await write(upload)
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
        return job
    }

    static func busy(_ job: AnalysisJob) -> OasisError {
        OasisError.conflict(
            code: "analysis_job_running",
            message: "Analysis job \(job.id) for region \(job.region) is \(job.state.rawValue); one job per city at a time. Wait for it or cancel it."
        )
    }
}
