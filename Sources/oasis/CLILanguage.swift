import ArgumentParser
import Foundation
import OasisCore

/// The language the user asked the CLI to speak: `--lang`, else `OASIS_LANG`, else `LANG` when it names Uyghur
/// (`ug_CN.UTF-8`); nil when none did, and commands keep their usual output (bilingual English and Chinese
/// where they have it, zh-Hans elsewhere). `LANG` set to a Chinese or English locale is not taken as a choice:
/// those readers already have their language in the bilingual default, which stays what scripts have parsed.
enum CLILanguage {
    static let accepted = "zh-Hans, en or ug"

    static func chosen(_ flag: String?, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Language? {
        if let flag {
            guard let language = Language(tag: flag) else { throw ValidationError("--lang takes \(accepted), not \"\(flag)\".") }
            return language
        }
        if let variable = environment["OASIS_LANG"], !variable.isEmpty {
            guard let language = Language(tag: variable) else { throw ValidationError("OASIS_LANG takes \(accepted), not \"\(variable)\".") }
            return language
        }
        if let locale = environment["LANG"], Language(tag: locale) == .ug { return .ug }
        return nil
    }
}
