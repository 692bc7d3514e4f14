import ArgumentParser
import OasisCore
import OasisServices
import OasisStore

/// `oasis settings list | set KEY VALUE | reset KEY`: the settings an operator may change on a running system.
struct SettingsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "settings", abstract: "List, set or reset the settings an operator may change (lifeline deadlines, escalation, retention).",
        discussion: "A value is checked before it is stored (a number above 0, a known case category); every change is audited.",
        subcommands: [List.self, SetValue.self, Reset.self])

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Every setting with its stored value, its default and the value in use.")
        @OptionGroup var storeOptions: StoreOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var languageOptions: LanguageOptions

        func run() async throws {
            let language = languageOptions.language ?? .en
            let values = try await storeOptions.withStore { store in try await OperatorSettingsService(store: store).list(language: language) }
            try output.emit(values) {
                TextTable.render(
                    header: ["key", "in use", "stored", "default", "what it sets"],
                    rows: values.map { value in
                        [
                            value.key, value.effective, value.stored.map { value.problem == nil ? $0 : "\($0) (refused: \(value.problem!))" } ?? "—",
                            value.defaultValue, value.summary,
                        ]
                    })
            }
        }
    }

    struct SetValue: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set", abstract: "Store a setting's value after checking it (nothing is stored when it is wrong).")
        @OptionGroup var storeOptions: StoreOptions
        @Argument(help: "The setting's key (see `oasis settings list`).") var key: String
        /// Every unrecognised word, so that a negative number is read as the value (and refused as one), not as a flag.
        @Argument(parsing: .allUnrecognized, help: ArgumentHelp("The new value.", valueName: "value")) var words: [String] = []

        func validate() throws {
            guard words.count == 1 else { throw ValidationError("Give exactly one value after the key, not \(words.count).") }
        }

        func run() async throws {
            let value = words[0]
            try await storeOptions.withStore { store in try await OperatorSettingsService(store: store).set(key, to: value, by: .system) }
            Console.line("\(key) = \(value)")
        }
    }

    struct Reset: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove a setting's stored value so that its default is used.")
        @OptionGroup var storeOptions: StoreOptions
        @Argument(help: "The setting's key.") var key: String

        func run() async throws {
            let setting = try await storeOptions.withStore { store in
                try await OperatorSettingsService(store: store).reset(key, by: .system)
                return OperatorSettingCatalogue.setting(key)
            }
            Console.line("\(key): the default \(setting?.defaultValue ?? "") is in use")
        }
    }
}
