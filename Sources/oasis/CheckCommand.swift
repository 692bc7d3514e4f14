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
    @Flag(help: "Print JSON for machines.") var json = false

    func run() async throws {
        let configuration = try storeOptions.resolve()
        let code = try target.regionCode()
        let store = try await storeOptions.openStore(configuration, logger: .oasis(level: .warning))
        defer { Task { await store.close() } }
        let service = EvaluationService(store: store)
        let check: RegionCheck
        do {
            check = try await service.check(region: code, period: target.period, by: .system)
        } catch let error as OasisError {
            throw CLIError(error.description)
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            encoder.dateEncodingStrategy = .iso8601
            Console.line(String(decoding: try encoder.encode(check), as: UTF8.self))
            return
        }
        let framework = try await store.frameworks.activeOrBuiltIn()
        Console.line(CheckReportText.render(check, framework: framework, language: target.language))
    }
}
