import ArgumentParser
import Foundation
import OasisCore
import OasisImport
import OasisServices

/// `oasis templates write KIND --output FILE`: the XLSX template of an import, as the web page offers it.
struct TemplatesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "templates", abstract: "Write the XLSX templates to fill in for the file imports.", subcommands: [Write.self])

    struct Write: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Write an import template (indicator-values, projects or lifeline-sensors) with the regions, indicators, types, stages and assets in use."
        )
        @OptionGroup var storeOptions: StoreOptions
        @Argument(help: "indicator-values, projects or lifeline-sensors.") var kind: String
        @Option(help: "The .xlsx file to write.") var output: String
        @OptionGroup var languageOptions: LanguageOptions
        @OptionGroup var resultFormat: OutputOptions

        func validate() throws {
            guard ImportTemplateKind(rawValue: kind) != nil else {
                throw ValidationError("KIND is one of \(ImportTemplateKind.allCases.map(\.rawValue).joined(separator: ", ")).")
            }
        }

        func run() async throws {
            let kind = ImportTemplateKind(rawValue: kind) ?? .indicatorValues
            let language = languageOptions.language ?? .zhHans
            let bytes = try await storeOptions.withStore { store in
                try await ImportWorkbooks(store: store).template(kind, language: language, by: .system)
            }
            try StoreOptions.write(bytes, to: output)
            let written = WrittenFile(path: output, bytes: bytes.count)
            try resultFormat.emit(written) { written.line }
        }
    }
}
