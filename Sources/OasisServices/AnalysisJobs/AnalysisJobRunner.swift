import Foundation
import Logging
import NIOConcurrencyHelpers
import OasisCore
import OasisOSM
import OasisRouting
import OasisStore

/// Runs background analyses: for each job, builds (or reuses) the walking network of its uploaded OSM file, reads the
/// region's layers, then runs and records each analysis asked for (as the creator, with their scope), noting each one
/// recorded so that a job interrupted by a restart resumes after it. The work runs on a thread of its own, never on
/// the server's request threads. Progress is held in memory (`current`) and written to the job's row twice a second,
/// which also beats the job's heart: a job whose heart stopped is taken over by `resume()` on any server.
/// Cancelling (on any server) stops the work within the item in progress (one facility type's search, one shelter,
/// one block of the OSM file) through the progress reporter; nothing of the stopped analysis is recorded.
public final class AnalysisJobRunner: Sendable {
    /// How long a job's heart may stop before another round of `resume()` takes it over.
    public static let staleAfter: Duration = .seconds(60)
    static let beat: Duration = .milliseconds(500)
    /// The step names of the job's own phases, beside the libraries' `ProgressStep`s.
    public static let readLayersStep = "read_layers"
    public static func recordStep(_ kind: AnalysisJobKind) -> String { "record_\(kind.rawValue)" }

    struct Live {
        var job: AnalysisJob
        var cancelled = false
        var task: Task<Void, Never>?
    }

    struct Stopped: Error {}

    public let store: Store
    public let folder: String
    public let standards: AccessStandards
    let logger: Logger
    let live = NIOLockedValueBox([Int64: Live]())
    /// The networks the pages drew last, by file hash (at most `cachedNetworks`), each with its snapping index built.
    let networks = NIOLockedValueBox([(sha256: String, artefact: NetworkArtefact, network: AccessNetwork)]())
    static let cachedNetworks = 2

    public init(store: Store, folder: String, standards: AccessStandards = .builtIn, logger: Logger) {
        self.store = store
        self.folder = folder
        self.standards = standards
        self.logger = logger
    }

    /// The path of a network file in the folder.
    public func path(of file: String) -> String { (folder as NSString).appendingPathComponent(file) }

    /// Starts a queued job in the background.
    public func submit(_ job: AnalysisJob) {
        launch(job, resumed: false)
    }

    /// Takes over the active jobs whose heart stopped (their server was stopped) and runs them on from their last
    /// recorded analysis. Returns how many it took.
    @discardableResult
    public func resume() async throws -> Int {
        let stale = store.clock.now().addingTimeInterval(-Double(Self.staleAfter.components.seconds))
        let jobs = try await store.analysisJobs.claimStale(before: stale)
        for job in jobs where live.withLockedValue({ $0[job.id] == nil }) {
            logger.notice("analysis job resumed", metadata: ["job": "\(job.id)", "region": "\(job.region)", "recorded": "\(job.recorded)"])
            launch(job, resumed: true)
        }
        return jobs.count
    }

    /// The job as it stands: this server's live copy while it runs here, else the stored row.
    public func current(_ id: Int64) async throws -> AnalysisJob? {
        if let job = live.withLockedValue({ $0[id]?.job }) { return job }
        return try await store.analysisJobs.get(id)
    }

    /// Cancels a job of a region within the principal's scope, wherever it runs.
    public func cancel(_ id: Int64, by principal: Principal) async throws -> AnalysisJob {
        let job = try await store.analysisJobs.cancel(id, by: principal.access(for: .writeIndicators))
        live.withLockedValue { jobs in
            jobs[id]?.cancelled = true
            jobs[id]?.job.state = .cancelled
            jobs[id]?.task?.cancel()
        }
        return job
    }

    /// Waits until the jobs running here have stopped (tests, and a graceful shutdown).
    public func waitForRunningJobs() async {
        for task in live.withLockedValue({ $0.values.compactMap(\.task) }) { await task.value }
    }

    func launch(_ job: AnalysisJob, resumed: Bool) {
        var running = job
        running.state = resumed ? .running : job.state
        live.withLockedValue { $0[job.id] = Live(job: running) }
        let task = Task.detached { [self] in
            await self.run(job, resumed: resumed)
            _ = self.live.withLockedValue { $0.removeValue(forKey: job.id) }
        }
        live.withLockedValue { $0[job.id]?.task = task }
    }

    func run(_ job: AnalysisJob, resumed: Bool) async {
        let id = job.id
        let heart = Task { await self.beatHeart(id) }
        defer { heart.cancel() }
        do {
            guard let principal = try await creator(of: job) else {
                try await store.analysisJobs.finish(
                    id, state: .failed, message: "The user who started the job (\(job.createdBy)) can no longer run analyses.", by: .system)
                return
            }
            if !resumed {
                guard try await store.analysisJobs.start(id) else { return }
            }
            update(id) {
                $0.state = .running
                $0.startedAt = $0.startedAt ?? self.store.clock.now()
            }
            try await execute(job, as: principal)
            try checkStopped(id)
            try await store.analysisJobs.finish(id, state: .succeeded, message: nil, by: principal.access(for: .writeIndicators))
            logger.notice("analysis job succeeded", metadata: ["job": "\(id)", "region": "\(job.region)"])
        } catch is Stopped {
            logger.notice("analysis job stopped", metadata: ["job": "\(id)"])
        } catch  where isStopped(id) {
            // A cancelled step may end in an error of its own (a reader told to stop); the job was stopped, not failed.
            logger.notice("analysis job stopped", metadata: ["job": "\(id)"])
        } catch {
            let message = (error as? OasisError)?.message ?? String(describing: error)
            logger.warning("analysis job failed", metadata: ["job": "\(id)", "error": "\(message)"])
            try? await store.analysisJobs.finish(id, state: .failed, message: message, by: .system)
        }
    }

    /// The network, the layers, then each analysis not yet recorded.
    func execute(_ job: AnalysisJob, as principal: Principal) async throws {
        let id = job.id
        let reporter = ProgressReporter(
            { [self] update in
                self.update(id) {
                    $0.step = update.step.rawValue
                    $0.completed = update.completed
                    $0.total = update.total
                }
            }, isCancelled: { [self] in self.isStopped(id) })
        let artefact = try await Self.offload { [self] in try self.artefact(for: job.network, progress: reporter) }
        try checkStopped(id)
        step(id, Self.readLayersStep)
        let service = AccessAnalysisService(store: store)
        let inputs = try await service.inputs(region: job.region, classes: standards.shelterClasses, by: principal)
        var result = job.outcome ?? AnalysisJobResult()
        result.network = .init(nodes: artefact.graph.nodeCount, edges: artefact.graph.targets.count / 2, facilities: artefact.facilities.count)
        var recorded = job.recorded
        let network = artefact.accessNetwork()
        for kind in job.analyses.compactMap(AnalysisJobKind.init(rawValue:)) where !recorded.contains(kind.rawValue) {
            try checkStopped(id)
            switch kind {
            case .access:
                let standard = standards.livingCircle
                let outcome = try await Self.offload {
                    service.access(
                        inputs, network: network, sources: artefact.sourcesByType, standard: standard, period: job.period, progress: reporter)
                }
                try checkStopped(id)
                step(id, Self.recordStep(kind))
                let summary = try await service.record(outcome, period: job.period, region: job.region, by: principal)
                let present = Set(artefact.sourcesByType.keys).union(inputs.facilities.keys)
                result.access = .init(
                    figures: summary.figures, regions: summary.regions, residences: outcome.access.count,
                    layerFeaturesWritten: summary.layerFeaturesWritten, missingTypes: standard.missingTypes(present: present))
            case .shelters:
                let outcome = try await Self.offload { service.shelters(inputs, network: network, period: job.period, progress: reporter) }
                try checkStopped(id)
                step(id, Self.recordStep(kind))
                let summary = try await service.record(outcome, period: job.period, region: job.region, by: principal)
                result.shelters = .init(
                    figures: summary.figures,
                    shelters: outcome.assessments.map {
                        .init(
                            id: $0.id, name: inputs.shelterNames[$0.id] ?? "", district: $0.district, capacity: $0.capacity,
                            populationWithinRadius: $0.populationWithinRadius)
                    }, districts: outcome.districts, skipped: inputs.skippedShelters)
            case .isochrones:
                let speed = standards.livingCircle.walkingSpeed
                let shelters = inputs.shelters
                result.isochrones = try await Self.offload {
                    let tracker = reporter.start(.isochrones, total: shelters.count)
                    defer { tracker.finish() }
                    return shelters.compactMap { shelter -> AnalysisJobResult.ShelterArea? in
                        defer { tracker.advance() }
                        guard !tracker.isCancelled else { return nil }
                        let radius = shelter.shelterClass.serviceRadius
                        guard
                            let area = Isochrone.compute(
                                from: shelter.longitude, shelter.latitude, minutes: radius / speed, speed: speed, network: network)
                        else { return nil }
                        return .init(
                            id: shelter.id, name: inputs.shelterNames[shelter.id] ?? "", metres: radius,
                            ring: area.ring.map { [$0.longitude, $0.latitude] })
                    }
                }
            case .communities:
                result.communities = try await communities(inputs, artefact: artefact, network: network, service: service, progress: reporter)
            }
            recorded.append(kind.rawValue)
            let document = String(decoding: try JSONEncoder().encode(result), as: UTF8.self)
            guard try await store.analysisJobs.recorded(id, analyses: recorded, result: document) else { throw Stopped() }
            update(id) {
                $0.recorded = recorded
                $0.result = document
            }
        }
    }

    /// The walking network of a network file: built once from the OSM file and kept beside it (`<sha256>.oasisnet`),
    /// loaded from there by later jobs on the same file and by a resumed job.
    func artefact(for network: AnalysisJobNetwork, progress: ProgressReporter) throws -> NetworkArtefact {
        let built = URL(fileURLWithPath: path(of: network.sha256 + ".oasisnet"))
        if network.file.hasSuffix(".oasisnet") {
            // An artefact uploaded as it is: its own format check refuses a foreign or damaged file.
            do {
                return try NetworkArtefact.load(from: built, expectedSource: nil, progress: progress)
            } catch {
                throw OasisError.invalid(
                    code: "analysis_network_unreadable", message: "The network artefact \(network.name) could not be read: \(error.message)")
            }
        }
        if FileManager.default.fileExists(atPath: built.path),
            let artefact = try? NetworkArtefact.load(from: built, expectedSource: nil, progress: progress)
        {
            return artefact
        }
        let source = URL(fileURLWithPath: path(of: network.file))
        guard FileManager.default.fileExists(atPath: source.path) else {
            throw OasisError(
                kind: .unavailable, code: "analysis_network_missing",
                message: "The network file \(network.name) is missing from the analysis folder (\(folder)); upload it again.")
        }
        let artefact: NetworkArtefact
        do {
            artefact = try NetworkArtefactBuilder(progress: progress).build(file: source)
        } catch {
            throw OasisError.invalid(
                code: "analysis_network_unreadable", message: "The network file \(network.name) could not be read: \(error.message)")
        }
        // A build stopped part way is incomplete: never keep it.
        guard !progress.isCancelled else { throw Stopped() }
        let temporary = URL(fileURLWithPath: path(of: ".build-\(UUID().uuidString.lowercased()).oasisnet"))
        do {
            try artefact.write(to: temporary, progress: progress)
            if rename(temporary.path, built.path) != 0 { try? FileManager.default.removeItem(at: temporary) }
        } catch {
            // The network is built; keeping it for the next job is only a saving.
            try? FileManager.default.removeItem(at: temporary)
        }
        return artefact
    }

    /// The user who created the job, who must still be active and hold the permissions to record.
    func creator(of job: AnalysisJob) async throws -> Principal? {
        guard let userID = job.createdByID else { return job.createdBy == Principal.system.username ? .system : nil }
        guard let user = try await store.users.resolve(id: userID), !user.disabled else { return nil }
        let principal = Principal(user: user)
        return principal.can(.writeIndicators) && principal.can(.writeLayers) ? principal : nil
    }

    func update(_ id: Int64, _ change: (inout AnalysisJob) -> Void) {
        live.withLockedValue { jobs in
            guard var entry = jobs[id] else { return }
            change(&entry.job)
            jobs[id] = entry
        }
    }

    func step(_ id: Int64, _ name: String) {
        update(id) {
            $0.step = name
            $0.completed = 0
            $0.total = 0
        }
    }

    func checkStopped(_ id: Int64) throws {
        if isStopped(id) { throw Stopped() }
    }

    /// True once the job was cancelled or let go of (or is not running here).
    func isStopped(_ id: Int64) -> Bool {
        Task.isCancelled || live.withLockedValue { $0[id]?.cancelled ?? true }
    }

    /// Writes the live step to the row twice a second; a row no longer running (cancelled elsewhere) stops the job.
    func beatHeart(_ id: Int64) async {
        var written: (String?, Int, Int)? = nil
        var lastWrite = ContinuousClock.now
        while !Task.isCancelled {
            try? await Task.sleep(for: Self.beat)
            guard let job = live.withLockedValue({ $0[id]?.job }), job.state == .running else { continue }
            let now = ContinuousClock.now
            guard written.map({ $0 != (job.step, job.completed, job.total) }) ?? true || now - lastWrite > .seconds(10) else { continue }
            do {
                if try await store.analysisJobs.progress(id, step: job.step ?? "", completed: job.completed, total: job.total) == false {
                    live.withLockedValue { $0[id]?.cancelled = true }
                }
                written = (job.step, job.completed, job.total)
                lastWrite = now
            } catch {
                logger.warning("analysis job progress not written", metadata: ["job": "\(id)", "error": "\(error)"])
            }
        }
    }

    /// Runs CPU-bound work on a thread of its own.
    static func offload<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread { continuation.resume(with: Result { try work() }) }
        }
    }
}

extension AnalysisJobRunner {
    /// Lets go of the jobs running here (a graceful shutdown): their rows stay running with a stopped heart, so that the
    /// next start (or another server) resumes them at once, and the work here stops at the end of its step.
    public func release() async throws {
        let ids = live.withLockedValue { jobs in
            for id in jobs.keys {
                jobs[id]?.cancelled = true
                jobs[id]?.task?.cancel()
            }
            return Array(jobs.keys)
        }
        try await store.analysisJobs.release(ids)
    }
}
