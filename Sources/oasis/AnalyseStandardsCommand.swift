import ArgumentParser
import Foundation
import OasisRouting

/// `oasis analyse standards`: the built-in standards as the file `--standards` reads, to copy and edit.
struct AnalyseStandardsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "standards",
        abstract: "Print the built-in living-circle tiers, complete-community list and shelter classes as an editable standards file (JSON).",
        discussion:
            "Edit the file and give it to `oasis analyse access|shelters|communities --standards FILE`. A requirement written a|b is met by either facility type (GB 50180's market or fresh-food supermarket)."
    )
    @Flag(help: "GB 50180's strict reading of the 15-minute circle: 800 m instead of 1,000 m.") var strict = false

    func run() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(strict ? AccessStandards.strict : AccessStandards.builtIn)
        Console.line(String(decoding: data, as: UTF8.self))
    }
}
