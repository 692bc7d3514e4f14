import ArgumentParser
import OasisCore

/// The region, period and language a health-check command is about.
struct RegionPeriodOptions: ParsableArguments {
    @Option(help: "Statistical division code of the region.") var region: String
    @Option(help: "Year (default: the latest with data).") var period: Int?
    @Option(help: "Language: zh-Hans (default, or OASIS_LANG), en or ug.") var lang: String?

    func validate() throws {
        _ = try CLILanguage.chosen(lang)
        _ = try regionCode()
    }

    var language: Language { (try? CLILanguage.chosen(lang)) ?? .zhHans }

    /// The region's code; a malformed one is a usage error naming the option.
    func regionCode() throws -> RegionCode {
        do { return try RegionCode(region) } catch { throw ValidationError("--region: \(error.message)") }
    }
}
