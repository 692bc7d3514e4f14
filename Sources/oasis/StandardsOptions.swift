import ArgumentParser
import Foundation
import OasisCore
import OasisRouting

/// `--standards FILE`: the living-circle tiers, the complete-community checklist and the shelter classes from a file
/// an operator edited (`oasis analyse standards` prints the built-in one to start from); the built-in values when
/// absent. A bad file stops the command with every problem named by its JSON path.
struct StandardsOptions: ParsableArguments {
    @Option(help: "A standards file (JSON, as `oasis analyse standards` prints): tiers, complete-community list, shelter classes.")
    var standards: String?

    func load() throws -> AccessStandards {
        guard let standards else { return .builtIn }
        let data = try InputError.naming(standards) { try Data(contentsOf: URL(fileURLWithPath: standards)) }
        return try InputError.naming(standards) { try AccessStandards(json: data) }
    }
}
