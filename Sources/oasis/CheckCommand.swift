import ArgumentParser
import Foundation
import Logging
import OasisCore
import OasisServices
import OasisStore

/// `oasis check --region 650100 --period 2025`: a region's health check as a table (or JSON).
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Print a region's health check (城市体检): indicator statuses, scores, ranks, targets, problems."
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var target: RegionPeriodOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        let (check, framework) = try await storeOptions.withStore { store in
            let check = try await EvaluationService(store: store).check(region: try target.regionCode(), period: target.period, by: .system)
            return (check, try await store.frameworks.activeOrBuiltIn())
        }
        try output.emit(check) { CheckReportText.render(check, framework: framework, language: target.language) }
    }
}
