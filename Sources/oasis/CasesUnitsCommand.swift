import ArgumentParser
import OasisCore
import OasisServices
import OasisStore

/// `oasis cases units …`: the register of units cases are dispatched to.
struct CasesUnitsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "units", abstract: "List the register of units, or add, change or remove a unit.",
        subcommands: [List.self, Save.self, Remove.self])

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the register of units.")
        @OptionGroup var storeOptions: StoreOptions
        @OptionGroup var output: OutputOptions

        func run() async throws {
            let units = try await storeOptions.withStore { store in try await store.cases.units() }
            try output.emit(units) {
                TextTable.render(
                    header: ["name", "en", "ug", "region", "categories", "supervisor"],
                    rows: units.map {
                        [
                            $0.name, $0.names["en"] ?? "", $0.names["ug"] ?? "", $0.region ?? "—", $0.categories.joined(separator: ","),
                            $0.supervisor ?? "—",
                        ]
                    }) + "\n\(units.count) units"
            }
        }
    }

    struct Save: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract: "Add a unit to the register, or replace the one of the same Chinese name (checked like the API's; audited).")
        @OptionGroup var storeOptions: StoreOptions
        @Option(help: "The unit's name in Chinese (its key).") var name: String
        @Option(help: "Its name in English.") var nameEn: String?
        @Option(help: "Its name in Uyghur.") var nameUg: String?
        @Option(help: "The region it serves (a division code).") var region: String?
        @Option(name: .customLong("category"), help: "A leaf category it handles (repeatable; none for any).") var categories: [String] = []
        @Option(help: "The username of its supervisor.") var supervisor: String?
        @OptionGroup var output: OutputOptions
        @OptionGroup var languageOptions: LanguageOptions

        func run() async throws {
            var names: [String: String] = [:]
            if let nameEn { names["en"] = nameEn }
            if let nameUg { names["ug"] = nameUg }
            let unit = CaseUnit(name: name, names: names, region: region, categories: categories, supervisor: supervisor)
            let saved = try await storeOptions.withStore { store in
                try await CaseService(store: store, taxonomy: try await CaseService.storedTaxonomy(store)).saveUnit(unit, by: .system)
            }
            try output.emit(saved) { languageOptions.text("cli_case_unit_saved", saved.name) }
        }
    }

    struct Remove: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove a unit from the register (refused while open cases, routing rules or users name it; audited).")
        @OptionGroup var storeOptions: StoreOptions
        @Option(help: "The unit's name in Chinese (its key).") var name: String
        @OptionGroup var output: OutputOptions
        @OptionGroup var languageOptions: LanguageOptions

        func run() async throws {
            _ = try await storeOptions.withStore { store in
                try await CaseService(store: store, taxonomy: try await CaseService.storedTaxonomy(store)).removeUnit(named: name, by: .system)
            }
            try output.emit(["removed": name]) { languageOptions.text("cli_case_unit_removed", name) }
        }
    }
}
