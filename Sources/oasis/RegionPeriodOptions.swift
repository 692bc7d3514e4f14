import ArgumentParser
import OasisCore

/// The region, period and language a health-check command is about.
struct RegionPeriodOptions: ParsableArguments {
    @Option(help: "Statistical division code of the region.") var region: String
    @Option(help: "Year (default: the latest with data).") var period: Int?
    @Option(help: "Language: zh-Hans (default) or en.") var lang: String = "zh-Hans"

    func validate() throws {
        guard Language(tag: lang) != nil else { throw ValidationError("--lang takes zh-Hans or en.") }
        _ = try regionCode()
    }

    var language: Language { Language(tag: lang) ?? .zhHans }

    /// The region's code; a malformed one is a usage error naming the option.
    func regionCode() throws -> RegionCode {
        do { return try RegionCode(region) } catch { throw ValidationError("--region: \(error.message)") }
    }
}
