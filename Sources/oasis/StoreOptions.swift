import ArgumentParser
import Foundation
import Logging
import OasisCore
import OasisServices
import OasisStore

/// The options every command that opens the database shares.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: "SQLite file path or postgres:// URL (default: $OASIS_DATABASE_URL, then ./oasis-data/oasis.sqlite).")
    var database: String?

    @Option(name: .long, help: "The audit anchor file (default: $OASIS_AUDIT_ANCHOR, then beside an SQLite database; none for PostgreSQL).")
    var auditAnchor: String?

    @Option(name: .long, help: "JSON config file (default: $OASIS_CONFIG).")
    var config: String?

    @Option(name: .long, help: "Log level: trace, debug, info, notice, warning, error, critical.")
    var logLevel: String?

    @Option(name: .long, help: "Log format on standard error: text (default) or json, one object per line ($OASIS_LOG_FORMAT).")
    var logFormat: String?

    func resolve(_ flags: PartialServerConfiguration = .init()) throws -> ServerConfiguration {
        var flags = flags
        flags.database = database ?? flags.database
        flags.logLevel = logLevel ?? flags.logLevel
        flags.logFormat = logFormat ?? flags.logFormat
        flags.auditAnchor = auditAnchor ?? flags.auditAnchor
        do {
            return try ServerConfiguration.resolve(flags: flags, environment: ProcessInfo.processInfo.environment, configFile: config)
        } catch let error as OasisError {
            throw CLIError(error.description)
        }
    }

    /// Opens and migrates the store, turning store failures into one clear line.
    func openStore(_ configuration: ServerConfiguration, logger: Logger, migrate: Bool = true) async throws -> Store {
        do {
            let store = try await Store.open(StoreLocation(configuration.database), auditAnchorPath: configuration.auditAnchor, logger: logger)
            if migrate {
                do {
                    try await store.migrate()
                } catch {
                    await store.close()
                    throw error
                }
            }
            return store
        } catch let error as StoreError {
            throw CLIError(error.message)
        }
    }
}

extension StoreOptions {
    /// Resolves the settings, opens and migrates the store, runs `body`, closes the store; an `OasisError`
    /// becomes one clear CLI line.
    func withStore<T>(_ body: (Store) async throws -> T) async throws -> T {
        let store = try await openStore(try resolve(), logger: .oasis(level: .warning))
        do {
            let result = try await body(store)
            await store.close()
            return result
        } catch let error as OasisError {
            await store.close()
            throw CLIError(error.description)
        } catch {
            await store.close()
            throw error
        }
    }

    /// The bytes of a file the command was given.
    static func read(_ path: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else { throw CLIError("Cannot read \(path).") }
        return Array(data)
    }
}

/// A failure the CLI reports as one line on standard error with exit status 1.
struct CLIError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

extension Logger {
    static func oasis(level: Logger.Level) -> Logger {
        var logger = Logger(label: "oasis")
        logger.logLevel = level
        return logger
    }
}
