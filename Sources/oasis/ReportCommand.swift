import ArgumentParser
import Foundation
import Logging
import OasisCore
import OasisServices
import OasisStore

/// `oasis report health-check`: the printable HTML report of a region's health check.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Write reports.", subcommands: [HealthCheck.self, Progress.self])

    struct HealthCheck: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "health-check",
            abstract: "Write one self-contained HTML health-check report (A4, SVG charts, no external resources)."
        )
        @OptionGroup var storeOptions: StoreOptions
        @OptionGroup var target: RegionPeriodOptions
        @Option(help: "File to write (default: health-check-REGION-PERIOD-LANG.html).") var output: String?
        @OptionGroup var resultFormat: OutputOptions

        func run() async throws {
            let code = try target.regionCode()
            let language = target.language
            let period = target.period
            let html = try await storeOptions.withStore { store in
                try await EvaluationService(store: store).healthCheckReport(region: code, period: period, language: language, by: .system)
            }
            let path = output ?? "health-check-\(code.rawValue)-\(period.map(String.init) ?? "latest")-\(language.rawValue).html"
            try StoreOptions.write(html.utf8, to: path)
            let written = WrittenFile(path: path, bytes: html.utf8.count)
            try resultFormat.emit(written) { written.line }
        }
    }

    struct Progress: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the promotion mechanism's progress report for reporting upward (self-contained HTML, A4, zh-Hans or English)."
        )
        @OptionGroup var storeOptions: StoreOptions
        @Option(help: "Statistical division code of the region (default: the policy's).") var region: String?
        @Option(help: "Year (default: this year).") var year: Int?
        @Option(help: "Language: zh-Hans (default) or en.") var lang: String = "zh-Hans"
        @Option(help: "File to write (default: progress-REGION-YEAR-LANG.html).") var output: String?
        @OptionGroup var resultFormat: OutputOptions

        func validate() throws {
            guard Language(tag: lang) != nil else { throw ValidationError("--lang takes zh-Hans or en.") }
        }

        func run() async throws {
            let language = Language(tag: lang) ?? .zhHans
            let html = try await storeOptions.withStore { store in
                try await PromotionService(store: store).progressReport(region: region, year: year, language: language, by: .system)
            }
            let path = output ?? "progress-\(region ?? "650000")-\(year.map(String.init) ?? "current")-\(language.rawValue).html"
            try StoreOptions.write(html.utf8, to: path)
            let written = WrittenFile(path: path, bytes: html.utf8.count)
            try resultFormat.emit(written) { written.line }
        }
    }
}
