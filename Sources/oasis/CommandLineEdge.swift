import ArgumentParser
import Foundation
import OasisCore
import OasisStore

/// The one place where a command's error becomes a message on standard error and an exit status
/// (`ExitStatus`, docs/cli.md): usage errors exit 2 with the usage line (swift-argument-parser's own would
/// exit 64), an `ExitCode` a command threw exits with its value, and every other error (Oasis, store,
/// import, network, file) exits 1 with its message, which names the field, row, line or file at fault.
enum CommandLineEdge {
    static func exit(with error: any Error) -> Never {
        if let code = error as? ExitCode { Foundation.exit(code.rawValue) }
        let parserCode = OasisCommand.exitCode(for: error)
        if parserCode == .validationFailure {
            Console.errorLine(OasisCommand.fullMessage(for: error))
            Foundation.exit(ExitStatus.usage.rawValue)
        }
        if parserCode == .success { OasisCommand.exit(withError: error) }
        Console.errorLine("Error: " + message(for: error))
        Foundation.exit(ExitStatus.failure.rawValue)
    }

    /// How many problems of one error are listed on the terminal; a file with thousands of bad rows ends with a count
    /// of the rest instead of scrolling them all past.
    static let listedProblems = 50

    /// An Oasis error with at most `listedProblems` of its details, then how many more there are.
    static func listing(_ error: OasisError) -> String {
        guard error.details.count > listedProblems else { return error.description }
        var shown = error
        shown.details = Array(error.details.prefix(listedProblems))
        return shown.description + "\n  … and \(error.details.count - listedProblems) more problem(s), not listed"
    }

    /// The text for people: Oasis errors with their details (field, row, line), store errors, the readers'
    /// and the network's own descriptions, Foundation's file errors.
    static func message(for error: any Error) -> String {
        switch error {
        case let error as InputError: "\(error.subject): \(message(for: error.underlying))"
        case let error as OasisError: listing(error)
        case let error as StoreError: error.message
        case let error as CocoaError: error.localizedDescription
        case let error as any CustomStringConvertible: error.description
        default: String(describing: error)
        }
    }
}
