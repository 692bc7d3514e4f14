import ArgumentParser
import Foundation
import OasisCore
import OasisServices
import OasisStore

/// `oasis calendar …`: load working calendars (a national year, a regional layer, office hours) and list them.
struct CalendarCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar", abstract: "Load and list working calendars: national years, regional layers, office hours (docs/calendars.md).",
        subcommands: [Import.self, List.self])

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Load a calendar file (JSON; example: docs/examples/calendar-xinjiang-sample.json).",
            discussion: "The file is checked as a whole; a file with any problem loads nothing (exit 1) and each problem names its line or field.")
        @OptionGroup var storeOptions: StoreOptions
        @Argument(help: "The calendar file (JSON).") var file: String
        @OptionGroup var output: OutputOptions

        func run() async throws {
            let bytes = try StoreOptions.read(file)
            let (loaded, entries) = try await storeOptions.withStore { store in
                let service = CalendarService(store: store)
                let loaded = try await service.load(json: bytes, by: .system)
                return (loaded, try await service.listing())
            }
            try output.emit(entries) {
                let years = loaded.years.map { String($0.year) }.joined(separator: ", ")
                let hours = (loaded.officeHours ?? []).count
                return "\(file): loaded \(loaded.region.map { "the layer of region \($0)" } ?? "the national calendar")"
                    + (years.isEmpty ? "" : ", years \(years)") + (hours == 0 ? "" : ", \(hours) office-hours changes")
                    + (loaded.sample == true ? " (SAMPLE: not official dates)" : "")
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The built-in and loaded calendar years, regional layers and office hours, and a warning when the national calendar runs out.")
        @OptionGroup var storeOptions: StoreOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var languageOptions: LanguageOptions

        func run() async throws {
            let (entries, warning) = try await storeOptions.withStore { store in
                let service = CalendarService(store: store)
                return (try await service.listing(), try await service.coverageWarning())
            }
            let warningLine = warning.map { warning in
                languageOptions.language.map { warning.message(in: $0) }
                    ?? "warning: the national calendar ends with \(warning.lastYear) (\(warning.daysLeft) days left); load \(warning.lastYear + 1)"
            }
            try output.emit(entries) {
                var lines = entries.map { entry -> String in
                    let region = entry.region ?? "national"
                    let flags = (entry.builtIn ? " (built in)" : "") + (entry.sample ? " (SAMPLE)" : "")
                    if let hours = entry.officeHours {
                        return "\(region)  office hours from \(hours.from): \(hours.periods.map { "\($0.start)–\($0.end)" }.joined(separator: ", "))"
                            + (hours.label.map { " — \($0)" } ?? "") + flags
                    }
                    return "\(region)  \(entry.year ?? 0): \(entry.daysOff ?? 0) days-off entries, \(entry.makeUpDays ?? 0) make-up days\(flags)"
                        + (entry.source.map { " — \($0)" } ?? "")
                }
                if let warningLine { lines.append(warningLine) }
                return lines.joined(separator: "\n")
            }
            if let warning, output.json {
                Console.errorLine(
                    languageOptions.language.map { warning.message(in: $0) }
                        ?? "warning: the national calendar ends with \(warning.lastYear) (\(warning.daysLeft) days left)")
            }
        }
    }
}
