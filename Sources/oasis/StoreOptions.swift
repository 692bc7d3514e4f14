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
        return try ServerConfiguration.resolve(flags: flags, environment: ProcessInfo.processInfo.environment, configFile: config)
    }

    /// Resolves the settings, then opens (and migrates) the store, runs `body` and closes the store, waiting
    /// for the close whether `body` returns or throws.
    func withStore<T>(migrate: Bool = true, _ body: (Store) async throws -> T) async throws -> T {
        try await withStore(try resolve(), migrate: migrate, body)
    }

    /// Opens the store of `configuration` (migrating it unless told not to), runs `body` and closes the store,
    /// waiting for the close whether `body` returns or throws. Errors go on, unchanged, to `CommandLineEdge`.
    func withStore<T>(
        _ configuration: ServerConfiguration, logger: Logger = .oasis(level: .warning), migrate: Bool = true,
        _ body: (Store) async throws -> T
    ) async throws -> T {
        try await Store.using(StoreLocation(configuration.database), auditAnchorPath: configuration.auditAnchor, logger: logger) { store in
            if migrate { try await store.migrate() }
            return try await body(store)
        }
    }

    /// The bytes of a file the command was given.
    static func read(_ path: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else { throw CLIError("Cannot read \(path).") }
        return Array(data)
    }

    /// Writes a file the command was asked to write.
    static func write(_ bytes: some Sequence<UInt8>, to path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else { throw CLIError("Cannot write \(path).") }
    }
}
