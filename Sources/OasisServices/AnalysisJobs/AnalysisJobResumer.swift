import Logging
import ServiceLifecycle

/// Beside the server: at start and every `interval`, takes over the background analyses whose heart stopped (a server
/// that was stopped or crashed, this one before its restart) and runs them on from their last recorded analysis. On a
/// graceful shutdown it lets go of the jobs running here, so that the next start resumes them at once.
public struct AnalysisJobResumer: Service {
    public let runner: AnalysisJobRunner
    public let interval: Duration
    public let logger: Logger

    public init(runner: AnalysisJobRunner, interval: Duration = .seconds(30), logger: Logger) {
        self.runner = runner
        self.interval = interval
        self.logger = logger
    }

    public func run() async throws {
        await RepeatingRounds.run(every: interval, logger: logger, label: "analysis jobs") { try await runner.resume() }
        try await runner.release()
    }
}
